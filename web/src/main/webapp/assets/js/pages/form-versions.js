// An authority administrator's forms: every version (draft, published, retired), a new draft from a JSON
// definition (forms/form-definition.schema.json), checked whole by the gateway, which names each fault by
// its JSON Pointer in the definition; publishing a draft (the version published until then is retired) and
// retiring a version.
import {Problem, request} from '../api.js';
import {change} from '../change.js';
import {el, fill, hiddenText} from '../dom.js';
import {setFieldError, showProblem} from '../errors.js';
import {textField} from '../fields.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';
import {table} from '../table.js';

const container = document.getElementById('versions-content');

function time(iso) {
    return iso ? el('time', {datetime: iso}, formatDateTime(iso)) : t('versions.never');
}

function statusTag(status) {
    return el('strong', {class: `tag tag--${status.toLowerCase()}`}, t(`versions.status.${status}`));
}

function path(version) {
    return `admin/forms/${encodeURIComponent(version.code)}/versions/${version.version}`;
}

/**
 * The summary lists every fault by its pointer in the definition; the same list stands next to the
 * definition, which is the one field they are all in.
 */
function report(problem) {
    showProblem(problem);
    const inside = (problem.violations ?? []).filter(violation => violation.pointer !== '/definition');
    const definition = document.getElementById('definition');
    if (inside.length && definition) {
        setFieldError(definition, el('span', {}, inside.map(violation => [el('br'), el('code', {}, violation.pointer), ' ', violation.message])));
    }
}

function act(version, action) {
    const words = {code: version.code, version: version.version, title: version.title};
    return change({
        task: async () => {
            await request('POST', `${path(version)}/${action}`);
            return t(`versions.${action}.done`, words);
        },
        redraw: draw,
        focusId: 'versions-title',
        report
    });
}

/** Completes "Publish", "Retire" and "View" for screen readers: which version. */
function which(version) {
    return hiddenText(`: ${t('versions.which', {title: version.title, version: version.version})}`);
}

function actions(version) {
    const button = action => el('li', {}, el('button', {type: 'button', class: 'button button--secondary button--small',
        onclick: () => act(version, action)}, t(`versions.${action}.button`),
    which(version)));
    return el('ul', {class: 'actions-list'},
        el('li', {}, el('a', {href: `form-preview.html?code=${encodeURIComponent(version.code)}&version=${version.version}`},
            t('versions.view'), which(version))),
        version.status === 'DRAFT' ? button('publication') : null,
        version.status === 'RETIRED' ? null : button('retirement'));
}

function versionsTable(versions) {
    return el('section', {'aria-labelledby': 'versions-title'},
        el('h2', {id: 'versions-title'}, t('versions.list')),
        table({
            caption: t('versions.caption'),
            empty: t('versions.empty'),
            rows: versions,
            columns: [
                {header: t('versions.form'), cell: version => [version.title, el('br'), el('code', {}, version.code)]},
                {header: t('versions.version'), cell: version => String(version.version)},
                {header: t('versions.statusHeader'), cell: version => statusTag(version.status)},
                {header: t('versions.publishedAt'), cell: version => time(version.publishedAt)},
                {header: t('versions.retiredAt'), cell: version => time(version.retiredAt)},
                {header: t('versions.actions'), cell: actions}
            ]
        }));
}

function createDraft(event) {
    event.preventDefault();
    const text = event.target.elements.definition.value;
    return change({task: async () => {
        let definition;
        try {
            definition = JSON.parse(text);
        } catch (error) {
            throw new Problem({title: t('versions.notJson.title'), violations: [{pointer: '/definition',
                label: t('versions.definition'), message: t('versions.notJson.detail', {reason: error.message})}]});
        }
        const {body: draft} = await request('POST', 'admin/forms', {json: definition});
        return t('versions.drafted', {code: draft.code, version: draft.version, title: draft.title});
    }, redraw: draw, focusId: 'versions-title', report});
}

/** A file chosen is read into the definition's box, where it can still be changed before it is sent. */
function fileInput() {
    const input = el('input', {type: 'file', id: 'definition-file', class: 'file', accept: '.json,application/json'});
    input.addEventListener('change', async () => {
        const [file] = input.files;
        if (file) {
            document.getElementById('definition').value = await file.text();
        }
    });
    return el('div', {class: 'field'},
        el('label', {for: input.id, class: 'label'}, el('span', {class: 'label-text'}, t('versions.file'))),
        input);
}

function draftForm() {
    return el('section', {'aria-labelledby': 'draft-title'},
        el('h2', {id: 'draft-title'}, t('versions.newDraft')),
        el('p', {}, t('versions.newDraftLead')),
        el('form', {novalidate: true, onsubmit: createDraft},
            fileInput(),
            textField({id: 'definition', text: t('versions.definition'), hint: t('versions.definitionHint'),
                pointer: '/definition', rows: 16}),
            el('button', {type: 'submit', class: 'button'}, t('versions.create'))));
}

async function draw() {
    const {body: versions} = await request('GET', 'admin/forms');
    fill(container, versionsTable(versions), draftForm());
}

startPage({title: 'versions.title', session: 'required', render: draw});
