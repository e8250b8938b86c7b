// The authority's submitted filings for its back-office or a spreadsheet: CSV or JSON, over the days of
// submission chosen (both included, either left open). Shown to clerks on the desk and to administrators.
import {download} from './api.js';
import {el} from './dom.js';
import {clearErrors, clearFieldErrors, showProblem} from './errors.js';
import {textField} from './fields.js';
import {t} from './i18n.js';
import {pageNotices} from './layout.js';
import {clearNotice, showNotice} from './notice.js';

const FORMATS = ['csv', 'json'];

async function exportFilings(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors();
    clearFieldErrors(form);
    clearNotice(pageNotices());
    const query = new URLSearchParams({
        format: form.elements['export-format'].value,
        from: form.elements['export-from'].value.trim(),
        to: form.elements['export-to'].value.trim()
    });
    try {
        const name = await download(`cases/export?${query}`);
        showNotice(pageNotices(), t('export.done', {name}));
    } catch (problem) {
        showProblem(problem);
    }
}

/** The section with its heading; titleId names the heading, for the page's own links and focus. */
export function exportSection(titleId = 'export-title') {
    return el('section', {'aria-labelledby': titleId, class: 'panel'},
        el('h2', {id: titleId}, t('export.title')),
        el('p', {}, t('export.lead')),
        el('form', {novalidate: true, onsubmit: exportFilings},
            el('div', {class: 'field'},
                el('label', {for: 'export-format', class: 'label'}, el('span', {class: 'label-text'}, t('export.format'))),
                el('select', {id: 'export-format', name: 'export-format', class: 'select', 'data-pointer': '/format'},
                    FORMATS.map(format => el('option', {value: format}, t(`export.formats.${format}`))))),
            textField({id: 'export-from', text: t('export.from'), hint: t('form.dateFormat'), pointer: '/from',
                optional: true, size: 'date', autocomplete: 'off'}),
            textField({id: 'export-to', text: t('export.to'), hint: t('form.dateFormat'), pointer: '/to',
                optional: true, size: 'date', autocomplete: 'off'}),
            el('button', {type: 'submit', class: 'button'}, t('export.submit'))));
}
