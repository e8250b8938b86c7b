// A version of one of the authority's forms as firms will see it (form-preview.html?code=…&version=…), a
// draft included: its fields step by step, their conditions working, and the documents it asks for. Nothing
// typed here is kept.
import {request} from '../api.js';
import {el, fill} from '../dom.js';
import {applyConditions, definitionText, renderField} from '../form-renderer.js';
import {t} from '../i18n.js';
import {setPageTitle, startPage} from '../layout.js';

const params = new URLSearchParams(location.search);
const container = document.getElementById('preview-content');
const heading = document.getElementById('page-title');

/** The definition's steps as [title, fields]; one step of all the fields when it has none. */
function steps(definition) {
    const field = pointer => definition.ui.fields.find(candidate => candidate.pointer === pointer);
    return definition.ui.steps
        ? definition.ui.steps.map(step => [definitionText(step.title), step.fields.map(field)])
        : [[t('preview.fields'), definition.ui.fields]];
}

function documents(definition) {
    const slots = definition.attachments ?? [];
    return el('section', {'aria-labelledby': 'preview-documents'},
        el('h2', {id: 'preview-documents'}, t('preview.documents')),
        slots.length ? el('ul', {class: 'documents'}, slots.map(slot => el('li', {}, definitionText(slot.label),
            slot.required ? null : el('span', {class: 'optional'}, ` ${t('form.optional')}`))))
            : el('p', {class: 'empty'}, t('preview.noDocuments')));
}

async function show() {
    const {body: definition} = await request('GET',
        `admin/forms/${encodeURIComponent(params.get('code'))}/versions/${encodeURIComponent(params.get('version'))}`);
    fill(heading, definitionText(definition.title));
    setPageTitle(heading.textContent);
    const form = el('form', {novalidate: true, class: 'filing-form', onsubmit: event => event.preventDefault(),
        oninput: () => applyConditions(form, definition)},
    steps(definition).map(([title, fields], i) => el('section', {'aria-labelledby': `preview-step-${i}`},
        el('h2', {id: `preview-step-${i}`}, title),
        fields.map(field => renderField(field, definition.schema, {})))));
    fill(container,
        el('p', {class: 'lead'}, definitionText(definition.description)),
        el('div', {class: 'notice notice--info'}, el('p', {}, t('preview.note', {version: definition.version}))),
        form,
        documents(definition),
        el('p', {}, el('a', {href: 'form-versions.html'}, t('preview.back'))));
    applyConditions(form, definition);
}

startPage({title: 'preview.title', session: 'required', render: show});
