// Builds elements without ever parsing markup: children go in as nodes or text nodes, so nothing a
// user or the server wrote can turn into HTML.

/**
 * el('a', {href: '#x', class: 'button'}, 'text', otherNode). Attributes whose value is null,
 * undefined or false are left out; true gives an empty attribute; functions under "on…" names
 * become event listeners. Children may be nested arrays.
 */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (typeof value === 'function' && name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    return fill(element, ...children);
}

function present(child) {
    return child !== null && child !== undefined && child !== false;
}

/** Replaces an element's children; as with el, null, undefined and false stand for nothing. */
export function fill(element, ...children) {
    element.replaceChildren(...children.flat(Infinity).filter(present));
    return element;
}

/** Text read aloud by screen readers but not shown, to complete a visible text that relies on its context. */
export function hiddenText(text) {
    return el('span', {class: 'visually-hidden'}, text);
}

/** The control that holds the value a JSON Pointer names (its data-pointer), if the page shows one. */
export function controlFor(pointer) {
    return document.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
}

/**
 * Takes the user to a control that may sit in a part of the page that is hidden (another step of a
 * form): a "reveal" event lets that part show itself first, then the field is scrolled to and focused.
 */
function focusControl(control) {
    control.dispatchEvent(new CustomEvent('reveal', {bubbles: true}));
    (control.closest('.field') ?? control).scrollIntoView({block: 'start'});
    control.focus({preventScroll: true});
}

/** A link to a form control: following it reveals, scrolls to and focuses the control (a bare #id link would only scroll). */
export function linkTo(control, ...children) {
    return el('a', {
        href: `#${control.id}`,
        onclick: event => {
            event.preventDefault();
            focusControl(control);
        }
    }, ...children);
}

/** Moves focus to a heading or panel that is not itself interactive, so that screen readers read it next. */
export function focusHeading(element) {
    element.setAttribute('tabindex', '-1');
    element.focus();
}
