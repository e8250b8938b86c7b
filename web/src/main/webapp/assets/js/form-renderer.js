// A form drawn from its definition: ui.fields gives each field's pointer, widget, label and help in
// every language, why the authority asks (legal basis and reason), the condition under which it shows,
// and for a group the fields of each of its rows; the JSON Schema says which fields are required and
// what type of value each takes. Whether the data is valid is the server's to say; this only turns
// inputs into JSON values.
import {el, fill} from './dom.js';
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

function control(field, attributes, value) {
    switch (field.widget) {
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
        case 'select':
            return el('select', {...attributes, class: 'select'},
                el('option', {value: ''}, t('form.choose')),
                field.options.map(option => el('option', {value: option.value, selected: option.value === value},
                    localised(option.label).text)));
        default:
            return el('input', {...attributes, type: 'text', class: 'input', value});
    }
}

/** "Why we ask this": the reason in plain words and the legal basis, folded away until asked for. */
function why(field) {
    if (!field.why && !field.legalBasis) {
        return null;
    }
    return el('details', {class: 'why'},
        el('summary', {}, t('form.why')),
        field.why ? el('p', {}, definitionText(field.why)) : null,
        field.legalBasis ? el('p', {class: 'why__basis'}, `${t('form.legalBasis')} `, definitionText(field.legalBasis)) : null);
}

/** One field of the definition, filled with its value in data; a group renders its rows. */
export function renderField(field, schema, data) {
    const rendered = field.widget === 'group' ? renderGroup(field, schema, valueAt(data, field.pointer) ?? [{}])
        : renderInput(field, field.pointer, schemaAt(schema, field.pointer).required, valueAt(data, field.pointer));
    if (field.showIf) {
        rendered.dataset.showIf = JSON.stringify(field.showIf);
    }
    return rendered;
}

function renderInput(field, pointer, required, value) {
    const id = fieldId(pointer);
    const help = [field.help && definitionText(field.help), field.widget === 'date' && t('form.dateFormat')]
        .filter(Boolean).flatMap((part, i) => (i ? [' ', part] : [part]));
    const hint = help.length ? el('p', {class: 'hint', id: `${id}-hint`}, help) : null;
    const input = control(field, {
        id, name: pointer, 'data-pointer': pointer,
        'aria-describedby': hint?.id, 'aria-required': required ? 'true' : null
    }, value);
    const label = fieldLabel(id, field.label, required);
    return field.widget === 'checkbox'
        ? el('div', {class: 'field field--checkbox'}, input, label, hint, why(field))
        : el('div', {class: 'field'}, label, hint, why(field), input);
}

/**
 * A group: one row of its item fields per element of rows, each row removable, and a button that adds
 * one. Adding or removing draws the group again from what its inputs hold.
 */
function renderGroup(group, schema, rows) {
    const itemSchema = schemaAt(schema, `${group.pointer}/0`).schema;
    const legend = definitionText(group.label);
    const fieldset = el('fieldset', {class: 'field group', 'data-group': group.pointer});
    const redraw = changed => {
        const drawn = renderGroup(group, schema, changed);
        if (fieldset.dataset.showIf) {
            drawn.dataset.showIf = fieldset.dataset.showIf;
        }
        fieldset.replaceWith(drawn);
        return drawn;
    };
    const rowElements = rows.map((row, i) => el('div', {class: 'group__row', role: 'group',
        'aria-label': `${legend.textContent} (${i + 1})`},
        group.items.map(item => renderInput(item, `${group.pointer}/${i}${item.pointer}`,
            Boolean(itemSchema.required?.includes(item.pointer.slice(1))), valueAt(row, item.pointer))),
        el('button', {type: 'button', class: 'button button--secondary button--small', onclick: () => {
            const remaining = readGroup(fieldset, group, schema).filter((_, j) => j !== i);
            redraw(remaining).querySelector('.group__add').focus();
        }}, t('form.removeRow', {row: i + 1}))));
    return fill(fieldset,
        el('legend', {class: 'label'}, legend),
        group.help ? el('p', {class: 'hint'}, definitionText(group.help)) : null,
        why(group),
        rowElements,
        el('button', {type: 'button', class: 'button button--secondary group__add', onclick: () => {
            const drawn = redraw([...readGroup(fieldset, group, schema), {}]);
            drawn.querySelectorAll('.group__row').item(rows.length)?.querySelector('input, select, textarea')?.focus();
        }}, group.addLabel ? definitionText(group.addLabel) : t('form.addRow')));
}

/** The rows of a group as its inputs hold them, in the order shown. */
function readGroup(fieldset, group, schema) {
    return [...fieldset.querySelectorAll('.group__row')].map((row, i) => {
        const values = {};
        for (const item of group.items) {
            const pointer = `${group.pointer}/${i}${item.pointer}`;
            const input = row.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
            setValueAt(values, item.pointer, input ? valueOf(input, schemaAt(schema, pointer).schema) : undefined);
        }
        return values;
    });
}

/**
 * Shows the fields whose condition the inputs under root meet, hides the others. A hidden field's
 * value is not sent: the form asks for it only under its condition.
 */
export function applyConditions(root, definition) {
    const data = readFields(root, definition, {}, {visibleOnly: false});
    for (const wrapper of root.querySelectorAll('[data-show-if]')) {
        const condition = wrapper.dataset.showIf && JSON.parse(wrapper.dataset.showIf);
        wrapper.hidden = Boolean(condition) && valueAt(data, condition.pointer) !== condition.equals;
    }
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

/**
 * The form's data as the inputs under root hold it, over base (members the form does not show stay as
 * they were); the fields hidden by their condition are left out unless visibleOnly is false.
 */
export function readFields(root, definition, base = {}, {visibleOnly = true} = {}) {
    const data = structuredClone(base);
    for (const field of definition.ui.fields) {
        const group = field.widget === 'group';
        const control = root.querySelector(group ? `[data-group="${CSS.escape(field.pointer)}"]`
            : `[data-pointer="${CSS.escape(field.pointer)}"]`);
        if (!control) {
            continue;
        }
        if (visibleOnly && control.closest('[data-show-if]')?.hidden) {
            setValueAt(data, field.pointer, undefined);
        } else {
            setValueAt(data, field.pointer, group ? readGroup(control, field, definition.schema)
                : valueOf(control, schemaAt(definition.schema, field.pointer).schema));
        }
    }
    return data;
}
