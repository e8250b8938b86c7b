// A procurement officer's call for tenders (manage-tender.html?id=<id>; without id, a new one). A
// draft is written and saved (over the version last read: If-Match), given its procurement
// documents, and published. Once published: the questions to answer, a corrigendum to publish, and
// the way to the opening of the bids.
import {Problem, request, upload} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {textField} from '../fields.js';
import {formatBytes, t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage} from '../layout.js';
import {clearNotice, createStatusRegion, showNotice} from '../notice.js';
import {ahead, details, statusTag, time} from '../tender-record.js';
import {tenderEditor} from '../tender-editor.js';

const heading = document.getElementById('page-title');
const container = document.getElementById('manage-tender-content');
let id = new URLSearchParams(location.search).get('id');
let tender = null;
let etag = null;
let editor = null;
// what a corrigendum changed, by language, as typed so far
let summary = {};
// the labels of the CPV codes met so far, by code: the tender's, and those found by searching
const cpvLabels = {};

function path() {
    return `tenders/${encodeURIComponent(id)}`;
}

function accept({body, etag: tag}) {
    tender = body;
    etag = tag ?? `"${body.version}"`;
    id = body.id;
    body.lots.forEach(lot => lot.cpv.forEach(code => { cpvLabels[code.code] = code.label; }));
}

/**
 * The form for the draft as typed so far, when there is one (drawn again in another language, or after
 * saving what it holds), else as the server keeps it.
 */
function editorForm() {
    editor = tenderEditor(editor ? editor.draft() : tender?.draft, cpvLabels);
    return editor.element;
}

/** Runs a change, then draws the page anew with a notice; a refusal shows as the server words it. */
async function change(task, noticeKey, focusId) {
    clearErrors();
    clearNotice(pageNotices());
    container.querySelectorAll('form').forEach(clearFieldErrors);
    try {
        await task();
        await draw();
        showNotice(pageNotices(), t(noticeKey));
        focusHeading(document.getElementById(focusId) ?? heading);
    } catch (problem) {
        if (!(problem instanceof Problem)) {
            throw problem;
        }
        showProblem(problem);
    }
}

async function save() {
    const draft = editor.draft();
    if (tender) {
        accept(await request('PUT', path(), {json: draft, headers: {'If-Match': etag}}));
    } else {
        accept(await request('POST', 'tenders', {json: draft}));
        history.replaceState(null, '', `manage-tender.html?id=${encodeURIComponent(id)}`);
    }
}

function documentsSection() {
    const status = createStatusRegion('upload__status');
    const input = el('input', {type: 'file', id: 'procurement-document', class: 'file', accept: 'application/pdf',
        'data-pointer': '/documents', 'aria-describedby': 'procurement-document-hint'});
    input.addEventListener('change', async () => {
        const [file] = input.files;
        if (!file) {
            return;
        }
        clearErrors();
        try {
            await save();
            accept(await upload(`${path()}/documents`, file, () => {}));
            await draw();
            showNotice(pageNotices(), t('upload.done', {name: file.name}));
            focusHeading(document.getElementById('documents-title'));
        } catch (problem) {
            showProblem(problem.violations ? problem : {title: problem.title, status: problem.status,
                violations: [{pointer: '/documents', label: t('tenders.manage.upload'), message: problem.detail}]});
        }
    });
    return el('section', {'aria-labelledby': 'documents-title'},
        el('h2', {id: 'documents-title'}, t('tenders.tender.documents')),
        tender.documents.length ? el('ul', {class: 'documents'}, tender.documents.map(file =>
            el('li', {}, `${file.fileName} – ${formatBytes(file.size)}`)))
            : el('p', {class: 'empty'}, t('tenders.tender.noDocuments')),
        el('div', {class: 'field upload'},
            el('label', {for: input.id, class: 'label'}, el('span', {class: 'label-text'}, t('tenders.manage.upload'))),
            el('p', {class: 'hint', id: 'procurement-document-hint'}, t('tenders.manage.uploadHint')),
            input, status));
}

function draftPage() {
    const form = el('form', {novalidate: true, onsubmit: event => {
        event.preventDefault();
        change(save, 'tenders.manage.saved', 'page-title');
    }}, editorForm(), el('div', {class: 'form-actions'},
        el('button', {type: 'submit', class: 'button'}, t('tenders.manage.save'))));
    return [
        el('p', {class: 'lead'}, t(tender ? 'tenders.manage.draftLead' : 'tenders.manage.newLead')),
        form,
        tender ? documentsSection() : null,
        tender ? el('section', {'aria-labelledby': 'publish-title', class: 'panel'},
            el('h2', {id: 'publish-title'}, t('tenders.manage.publishTitle')),
            el('p', {}, t('tenders.manage.publishText')),
            el('button', {type: 'button', class: 'button', onclick: () => change(async () => {
                await save();
                accept(await request('POST', `${path()}/publication`));
            }, 'tenders.manage.published', 'page-title')}, t('tenders.manage.publish'))) : null
    ];
}

async function answer(question, form) {
    // every unanswered question has its answer field: the violations name the one sent
    const text = form.querySelector('textarea');
    container.querySelectorAll('[data-pointer="/text"]').forEach(field => field.removeAttribute('data-pointer'));
    text.setAttribute('data-pointer', '/text');
    await change(() => request('POST', `${path()}/questions/${encodeURIComponent(question.id)}/answer`,
        {json: {text: text.value}}), 'tenders.manage.answered', 'questions-title');
}

function questionItem(question) {
    const form = question.answer ? null : el('form', {novalidate: true, onsubmit: event => {
        event.preventDefault();
        answer(question, event.target);
    }},
    textField({id: `answer-${question.id}`, text: t('tenders.manage.answerLabel'), rows: 4}),
    el('button', {type: 'submit', class: 'button'}, t('tenders.manage.answer')));
    return el('li', {},
        el('p', {}, el('strong', {}, t('tenders.questions.question')), ' ', el('span', {class: 'preserve-lines'}, question.question)),
        el('p', {class: 'meta'}, t('tenders.questions.asked'), ' ', time(question.askedAt)),
        question.answer ? el('p', {}, el('strong', {}, t('tenders.questions.answer')), ' ',
            el('span', {class: 'preserve-lines'}, question.answer)) : form);
}

function corrigendumSection() {
    if (tender.status !== 'PUBLISHED' || !ahead(tender.submissionDeadline)) {
        return null;
    }
    const form = el('form', {novalidate: true, onsubmit: event => {
        event.preventDefault();
        change(async () => {
            accept((await request('POST', `${path()}/corrigenda`, {json: {
                draft: editor.draft(), summary: Object.fromEntries(Object.entries(summary).filter(([, text]) => text.trim()))
            }})));
            summary = {};
        }, 'tenders.manage.amended', 'page-title');
    }},
    el('p', {}, t('tenders.manage.corrigendumText')),
    ['en', 'fr', 'de'].map(tag => textField({id: `summary-${tag}`, rows: 3, optional: true, pointer: `/summary/${tag}`, value: summary[tag],
        text: t('tenders.editor.inLanguage', {field: t('tenders.manage.summary'), language: t(`tenders.languages.${tag}`)}),
        oninput: value => { summary[tag] = value; }})),
    editorForm(),
    el('button', {type: 'submit', class: 'button'}, t('tenders.manage.amend')));
    return el('section', {'aria-labelledby': 'corrigendum-title'},
        el('h2', {id: 'corrigendum-title'}, t('tenders.manage.corrigendumTitle')), form);
}

async function publishedPage() {
    const {body: questions} = await request('GET', `${path()}/questions`);
    return [
        details([
            ['tenders.tender.reference', el('a', {href: `tender.html?ref=${encodeURIComponent(tender.reference)}`}, tender.reference)],
            ['tenders.tender.status', statusTag('tender', tender.status)],
            ['tenders.tender.questionsDeadline', time(tender.questionsDeadline)],
            ['tenders.tender.submissionDeadline', time(tender.submissionDeadline)]
        ]),
        el('p', {}, el('a', {class: 'button', href: `opening.html?id=${encodeURIComponent(id)}`}, t('tenders.tender.toOpening'))),
        el('section', {'aria-labelledby': 'questions-title'},
            el('h2', {id: 'questions-title'}, t('tenders.tender.questions')),
            questions.length ? el('ol', {class: 'questions'}, questions.map(questionItem))
                : el('p', {class: 'empty'}, t('tenders.questions.none'))),
        corrigendumSection()
    ];
}

async function draw() {
    heading.textContent = tender ? (tender.title || t('tenders.mine.untitled')) : t('tenders.manage.newTitle');
    setPageTitle(heading.textContent);
    fill(container, tender?.status === 'DRAFT' || !tender ? draftPage() : await publishedPage());
}

startPage({
    title: 'tenders.manage.title',
    session: 'required',
    render: async () => {
        if (id && !tender) {
            accept(await request('GET', path()));
        }
        await draw();
    }
});
