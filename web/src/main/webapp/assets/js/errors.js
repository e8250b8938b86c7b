// Errors, shown twice as accessible forms do: summarised at the top of the page (focused, announced,
// each entry linking to its field) and inline next to each field. Fields are found by the JSON
// Pointer the API reports (data-pointer on the control), so one mapping serves every form.
import {controlFor, el, fill, linkTo} from './dom.js';
import {t} from './i18n.js';

let summary;

/** The page's one error summary, placed by the layout at the top of <main>. */
export function createErrorSummary() {
    summary = el('div', {class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title', hidden: true});
    return summary;
}

/** The visible label of a field: its <label>, or the legend of its group. */
function labelOf(control) {
    return control?.closest('.field')?.querySelector('.label-text')?.textContent;
}

/**
 * Shows the summary and moves focus to it. items: [{text, control?}]; actions: nodes offered below
 * the list (e.g. a button to reload).
 */
function showErrors({title, detail, items = [], actions = []}) {
    fill(summary,
        el('h2', {id: 'error-summary-title', class: 'error-summary__title'}, title),
        detail ? el('p', {}, detail) : null,
        items.length ? el('ul', {class: 'error-summary__list'}, items.map(item => el('li', {},
            item.control ? linkTo(item.control, item.text) : item.text))) : null,
        actions.length ? el('div', {class: 'actions'}, actions) : null
    );
    summary.hidden = false;
    summary.focus();
}

/** Entries in the order their fields come on the page (which is not the server's order); the others last. */
function inPageOrder(a, b) {
    if (a.control && b.control) {
        return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    return Boolean(b.control) - Boolean(a.control);
}

/** Shows a problem from the API: its title and detail, and each violation inline and in the summary. */
export function showProblem(problem, {actions} = {}) {
    const items = (problem.violations ?? []).map(violation => {
        const control = controlFor(violation.pointer);
        if (control) {
            setFieldError(control, violation.message);
        }
        return {text: t('errors.item', {label: labelOf(control) ?? violation.label, message: violation.message}), control};
    });
    items.sort(inPageOrder);
    showErrors({title: problem.title, detail: problem.detail, items, actions});
}

export function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
}

function describedBy(control, id, present) {
    const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    if (present) {
        ids.add(id);
    } else {
        ids.delete(id);
    }
    if (ids.size) {
        control.setAttribute('aria-describedby', [...ids].join(' '));
    } else {
        control.removeAttribute('aria-describedby');
    }
}

/** The inline message of a field, after its label and hint; every control of the field points to it. */
export function setFieldError(control, message) {
    const field = control.closest('.field');
    const id = `${control.id}-error`;
    let error = document.getElementById(id);
    if (!error) {
        error = el('p', {class: 'field-error', id});
        (field.querySelector('.hint') ?? field.querySelector('.label-text').closest('label, legend')).after(error);
    }
    error.replaceChildren(el('span', {class: 'field-error__prefix'}, t('errors.prefix')), ' ', message);
    field.classList.add('field--error');
    field.querySelectorAll('input, textarea, select').forEach(input => {
        input.setAttribute('aria-invalid', 'true');
        describedBy(input, id, true);
    });
}

export function clearFieldError(control) {
    const field = control.closest('.field');
    const id = `${control.id}-error`;
    document.getElementById(id)?.remove();
    field.classList.remove('field--error');
    field.querySelectorAll('input, textarea, select').forEach(input => {
        input.removeAttribute('aria-invalid');
        describedBy(input, id, false);
    });
}

export function clearFieldErrors(root) {
    root.querySelectorAll('.field--error [data-pointer]').forEach(clearFieldError);
}
