// Labelled fields for forms the pages build themselves (the filing form draws its own from the
// form's definition): a label, a hint if any, the control, and the JSON Pointer of the value it
// holds, so that the server's violations land next to it.
import {el} from './dom.js';
import {t} from './i18n.js';

function label(id, text, optional) {
    return el('label', {for: id, class: 'label'}, el('span', {class: 'label-text'}, text),
        optional ? el('span', {class: 'optional'}, ` ${t('form.optional')}`) : null);
}

/**
 * A text box (or, with rows, a text area); oninput gets the text as typed. size: "short" or "date"
 * for the narrower boxes.
 */
export function textField({id, text, hint, value = '', pointer, oninput, optional = false, size, rows, type = 'text', autocomplete}) {
    const hintId = hint ? `${id}-hint` : null;
    const attributes = {
        id, name: id, 'data-pointer': pointer, 'aria-describedby': hintId, 'aria-required': optional ? null : 'true',
        oninput: oninput && (event => oninput(event.target.value))
    };
    const control = rows
        ? el('textarea', {...attributes, rows, class: 'textarea'}, value)
        : el('input', {...attributes, type, class: size ? `input input--${size}` : 'input', value, autocomplete,
            spellcheck: type === 'password' ? 'false' : null});
    return el('div', {class: 'field'}, label(id, text, optional), hint ? el('p', {class: 'hint', id: hintId}, hint) : null, control);
}

/** A checkbox with its label after it; onchange gets whether it is ticked. */
export function checkboxField({id, text, hint, checked = false, pointer, onchange}) {
    const hintId = hint ? `${id}-hint` : null;
    return el('div', {class: 'field field--checkbox'},
        el('input', {type: 'checkbox', class: 'checkbox', id, name: id, checked, 'data-pointer': pointer,
            'aria-describedby': hintId, onchange: onchange && (event => onchange(event.target.checked))}),
        label(id, text, false),
        hint ? el('p', {class: 'hint', id: hintId}, hint) : null);
}
