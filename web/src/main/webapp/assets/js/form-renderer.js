// A form drawn from its definition: ui.fields gives each field's pointer, widget, label and help in
// every language; the JSON Schema says which fields are required and what type of value each takes.
// Whether the data is valid is the server's to say; this only turns inputs into JSON values.
import {el} from './dom.js';
import {language, localised, t} from './i18n.js';
import {schemaAt, setValueAt, valueAt} from './pointer.js';

function fieldId(pointer) {
    return `field${pointer.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** A text from the definition, marked with its language when it is not the page's. */
export function definitionText(variants, attributes = {}) {
    const {text, lang} = localised(variants);
    return el('span', {...attributes, lang: lang === language() ? null : lang}, text);
}

/** The label of a field: its text, and "(optional)" when the schema does not require it. */
export function fieldLabel(id, variants, required) {
    return el('label', {for: id, class: 'label'},
        definitionText(variants, {class: 'label-text'}),
        required ? null : el('span', {class: 'optional'}, ` ${t('form.optional')}`));
}

function control(widget, attributes, value) {
    switch (widget) {
        case 'checkbox':
            return el('input', {...attributes, type: 'checkbox', class: 'checkbox', checked: value === true});
        case 'textarea':
            return el('textarea', {...attributes, rows: 6, class: 'textarea'}, value ?? '');
        case 'number':
            // a text box: number inputs change their value on scroll and misreport what was typed
            return el('input', {...attributes, type: 'text', inputmode: 'numeric', class: 'input input--short', value});
        case 'date':
            // a text box with the format as hint, which keyboards and every language handle alike
            return el('input', {...attributes, type: 'text', autocomplete: 'off', class: 'input input--date', value});
        default:
            return el('input', {...attributes, type: 'text', class: 'input', value});
    }
}

/** One field of the definition, filled with its value in data. */
export function renderField(field, schema, data) {
    const id = fieldId(field.pointer);
    const {required} = schemaAt(schema, field.pointer);
    const help = [field.help && definitionText(field.help), field.widget === 'date' && t('form.dateFormat')]
        .filter(Boolean).flatMap((part, i) => (i ? [' ', part] : [part]));
    const hint = help.length ? el('p', {class: 'hint', id: `${id}-hint`}, help) : null;
    const input = control(field.widget, {
        id, name: field.pointer, 'data-pointer': field.pointer,
        'aria-describedby': hint?.id, 'aria-required': required ? 'true' : null
    }, valueAt(data, field.pointer));
    const label = fieldLabel(id, field.label, required);
    return field.widget === 'checkbox'
        ? el('div', {class: 'field field--checkbox'}, input, label, hint)
        : el('div', {class: 'field'}, label, hint, input);
}

/**
 * The value of an input as the schema types it. Text that does not parse as the number the schema
 * wants is sent as it is, so that the server explains what is wrong with it; empty fields are left out.
 */
function valueOf(input, schema) {
    if (input.type === 'checkbox') {
        return input.checked;
    }
    const text = input.value.trim();
    if (text === '') {
        return undefined;
    }
    if (schema.type === 'integer' && /^[+-]?\d+$/.test(text)) {
        return Number.parseInt(text, 10);
    }
    if (schema.type === 'number' && Number.isFinite(Number(text))) {
        return Number(text);
    }
    return text;
}

/** The form's data as the inputs under root hold it, over base (members the form does not show stay as they were). */
export function readFields(root, definition, base = {}) {
    const data = structuredClone(base);
    for (const field of definition.ui.fields) {
        const input = root.querySelector(`[data-pointer="${CSS.escape(field.pointer)}"]`);
        if (input) {
            setValueAt(data, field.pointer, valueOf(input, schemaAt(definition.schema, field.pointer).schema));
        }
    }
    return data;
}
