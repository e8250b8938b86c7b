// A published call for tenders (tender.html?ref=<reference>), for anyone: its lots with their CPV
// codes, award criteria and estimated values, its deadlines, documents, corrigenda, and the questions
// asked with their answers. Bidders ask questions here and go on to their bid; the authority's
// officers and the opening board find their way to their own pages.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {formatBytes, t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage} from '../layout.js';
import {clearNotice, showNotice} from '../notice.js';
import {table} from '../table.js';
import {ahead, details, hasRole, money, publicPath, statusTag, time} from '../tender-record.js';

const reference = new URLSearchParams(location.search).get('ref') ?? '';
const path = publicPath(reference);
const heading = document.getElementById('page-title');
const container = document.getElementById('tender-content');
let tender;
let session;

function section(id, titleKey, ...content) {
    return el('section', {'aria-labelledby': id}, el('h2', {id}, t(titleKey)), content);
}

/** Where each signed-in role goes on from here. */
function next() {
    const links = [
        hasRole(session, 'bidder') && [`bid.html?ref=${encodeURIComponent(reference)}`,
            tender.status === 'PUBLISHED' && ahead(tender.submissionDeadline) ? 'tenders.tender.toBid' : 'tenders.tender.toBids'],
        hasRole(session, 'procurement-officer') && [`manage-tender.html?id=${encodeURIComponent(tender.id)}`, 'tenders.tender.toManage'],
        hasRole(session, 'opening-member') && [`opening.html?id=${encodeURIComponent(tender.id)}`, 'tenders.tender.toOpening']
    ].filter(Boolean);
    return links.length ? el('ul', {class: 'actions-list next-steps'}, links.map(([href, key]) =>
        el('li', {}, el('a', {href, class: 'button'}, t(key))))) : null;
}

function lot(item) {
    const id = `lot-${item.number}`;
    return el('section', {'aria-labelledby': id, class: 'lot'},
        el('h3', {id}, t('tenders.lot.heading', {number: item.number, title: item.title})),
        details([
            ['tenders.lot.estimatedValue', money(item.estimatedValue, item.currency)],
            ['tenders.lot.cpv', el('ul', {class: 'plain-list'}, item.cpv.map(code =>
                el('li', {}, el('span', {class: 'nowrap'}, code.code), ` – ${code.label}`)))]
        ]),
        table({
            caption: t('tenders.lot.criteria', {number: item.number}),
            empty: '',
            rows: item.criteria,
            columns: [
                {header: t('tenders.lot.criterion'), cell: criterion => criterion.name},
                {header: t('tenders.lot.kind'), cell: criterion => t(`tenders.kind.${criterion.kind}`)},
                {header: t('tenders.lot.weight'), cell: criterion => t('tenders.lot.percent', {weight: criterion.weight})}
            ]
        }));
}

function documents() {
    return tender.documents.length
        ? el('ul', {class: 'documents'}, tender.documents.map(file => el('li', {},
            el('a', {href: `api/${path}/documents/${encodeURIComponent(file.id)}`, download: true}, file.fileName),
            ` – ${formatBytes(file.size)}, SHA-256 `, el('code', {class: 'hash'}, file.sha256))))
        : el('p', {class: 'empty'}, t('tenders.tender.noDocuments'));
}

function corrigenda() {
    return tender.corrigenda.length
        ? el('ol', {class: 'corrigenda'}, tender.corrigenda.map(corrigendum => el('li', {},
            el('h3', {}, t('tenders.corrigendum.heading', {number: corrigendum.number})),
            el('p', {class: 'meta'}, t('tenders.corrigendum.published'), ' ', time(corrigendum.publishedAt)),
            el('p', {class: 'preserve-lines'}, corrigendum.summary),
            corrigendum.previousDeadline !== corrigendum.submissionDeadline
                ? el('p', {}, t('tenders.corrigendum.moved'), ' ', time(corrigendum.previousDeadline), ' → ', time(corrigendum.submissionDeadline))
                : null)))
        : el('p', {class: 'empty'}, t('tenders.tender.noCorrigenda'));
}

function questionList(questions) {
    return questions.length
        ? el('ol', {class: 'questions'}, questions.map(question => el('li', {},
            el('p', {}, el('strong', {}, t('tenders.questions.question')), ' ', el('span', {class: 'preserve-lines'}, question.question)),
            el('p', {class: 'meta'}, t('tenders.questions.asked'), ' ', time(question.askedAt)),
            question.answer
                ? el('p', {}, el('strong', {}, t('tenders.questions.answer')), ' ', el('span', {class: 'preserve-lines'}, question.answer))
                : el('p', {class: 'empty'}, t('tenders.questions.unanswered')))))
        : el('p', {class: 'empty'}, t('tenders.questions.none'));
}

async function ask(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors();
    clearFieldErrors(form);
    clearNotice(pageNotices());
    try {
        await request('POST', `${path}/questions`, {json: {text: form.elements.question.value}});
        await show();
        showNotice(pageNotices(), t('tenders.questions.sent'));
        focusHeading(document.getElementById('questions-title'));
    } catch (problem) {
        showProblem(problem);
    }
}

function askForm() {
    if (!hasRole(session, 'bidder') || tender.status !== 'PUBLISHED' || !ahead(tender.questionsDeadline)) {
        return null;
    }
    return el('form', {novalidate: true, onsubmit: ask, class: 'panel'},
        el('div', {class: 'field'},
            el('label', {for: 'question', class: 'label'}, el('span', {class: 'label-text'}, t('tenders.questions.yours'))),
            el('p', {class: 'hint', id: 'question-hint'}, t('tenders.questions.hint')),
            el('textarea', {id: 'question', name: 'question', class: 'textarea', rows: 4, 'data-pointer': '/text',
                'aria-describedby': 'question-hint', 'aria-required': 'true'})),
        el('button', {type: 'submit', class: 'button'}, t('tenders.questions.ask')));
}

async function show() {
    const [{body: loaded}, {body: questions}] = await Promise.all([
        request('GET', path, {signInWhenUnauthorized: false}),
        request('GET', `${path}/questions`, {signInWhenUnauthorized: false})
    ]);
    tender = loaded;
    heading.textContent = tender.title;
    setPageTitle(tender.title);
    fill(container,
        tender.description ? el('p', {class: 'lead preserve-lines'}, tender.description) : null,
        details([
            ['tenders.tender.reference', tender.reference],
            ['tenders.tender.status', statusTag('tender', tender.status)],
            ['tenders.tender.authority', tender.authority],
            ['tenders.tender.procedure', t(`tenders.procedure.${tender.procedure}`)],
            ['tenders.tender.publishedAt', time(tender.publishedAt)],
            ['tenders.tender.questionsDeadline', time(tender.questionsDeadline)],
            ['tenders.tender.submissionDeadline', time(tender.submissionDeadline)]
        ]),
        next(),
        section('lots-title', 'tenders.tender.lots', tender.lots.map(lot)),
        section('documents-title', 'tenders.tender.documents', documents()),
        section('corrigenda-title', 'tenders.tender.corrigenda', corrigenda()),
        section('questions-title', 'tenders.tender.questions', questionList(questions), askForm()));
}

startPage({
    title: 'tenders.tender.title',
    session: 'optional',
    render: async signedIn => {
        session = signedIn;
        await show();
    }
});
