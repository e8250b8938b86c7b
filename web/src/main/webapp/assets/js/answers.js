// A filing's answers as a list of labels and values, in the words of its form definition: for the
// applicant checking them before submission, and for the clerk reviewing the case.
import {controlFor, el, hiddenText, linkTo} from './dom.js';
import {definitionText} from './form-renderer.js';
import {formatBytes, localised, t} from './i18n.js';
import {valueAt} from './pointer.js';

function shown(value) {
    if (value === true || value === false) {
        return t(value ? 'answers.yes' : 'answers.no');
    }
    return value === undefined || value === null || value === '' ? t('answers.none') : String(value);
}

/** An answer in words: a choice by its label, a group row by row. */
function answer(field, value) {
    if (field.widget === 'select') {
        const option = field.options.find(o => o.value === value);
        return option ? localised(option.label).text : shown(value);
    }
    if (field.widget === 'group') {
        return value?.length
            ? value.map(row => field.items.map(item => `${localised(item.label).text}: ${shown(valueAt(row, item.pointer))}`)
                .join(', ')).join(' · ')
            : t('answers.none');
    }
    return shown(value);
}

/**
 * One row per field of the form that the data shows (a field under a condition the data does not meet
 * is left out): {pointer, label (as given in the definition), value (text)}.
 */
export function answerRows(definition, data) {
    return definition.ui.fields
        .filter(field => !field.showIf || valueAt(data, field.showIf.pointer) === field.showIf.equals)
        .map(field => ({pointer: field.pointer, label: field.label, value: answer(field, valueAt(data, field.pointer))}));
}

/** One row per document the form asks for, with the file given for it. */
export function attachmentRows(definition, attachments) {
    return (definition.attachments ?? []).map(slot => {
        const file = attachments.find(attachment => attachment.slot === slot.name);
        return {
            pointer: `/attachments/${slot.name}`, label: slot.label,
            value: file ? `${file.fileName} (${formatBytes(file.size)})` : t('answers.noFile')
        };
    });
}

/**
 * A description list of rows. With change links, each row links to its field on the page (which
 * may sit on another step of the form, which then shows itself).
 */
export function summaryList(rows, {changeLinks = false} = {}) {
    return el('dl', {class: 'summary-list'}, rows.map(row => {
        const label = definitionText(row.label);
        const control = changeLinks && controlFor(row.pointer);
        return el('div', {class: 'summary-list__row'},
            el('dt', {}, label),
            el('dd', {}, row.value),
            control ? el('dd', {class: 'summary-list__action'},
                linkTo(control, t('answers.change'), hiddenText(` ${label.textContent}`))) : null);
    }));
}
