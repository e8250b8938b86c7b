// A firm's workspace: the forms it can file, for itself or, with a mandate, for a client; and the firm's
// filings, whoever of it made them (drafts to continue, submitted ones with their receipt and, once
// decided, the decision), with those it made for clients.
import {request} from '../api.js';
import {el, fill, focusHeading, hiddenText} from '../dom.js';
import {download, filingPath, statusTag} from '../filing-record.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';
import {pager, table} from '../table.js';

const PAGE_SIZE = 10;
const welcome = document.getElementById('welcome');
const catalogue = document.getElementById('catalogue');
const filings = document.getElementById('filings');
let offset = 0;
let session;

/** The forms the firm may file now: its own, or under the chosen mandate, those it covers. */
function cards(forms, mandate) {
    const covered = forms.filter(form => !mandate || !mandate.forms.length || mandate.forms.includes(form.code));
    const query = form => `form=${encodeURIComponent(form.code)}${mandate ? `&mandate=${encodeURIComponent(mandate.reference)}` : ''}`;
    return covered.length ? el('ul', {class: 'cards'}, covered.map(form => el('li', {class: 'card'},
        el('h3', {}, form.title),
        el('p', {}, form.description),
        el('p', {class: 'meta'}, t('workspace.authority', {authority: form.authority})),
        el('a', {class: 'button', href: `filing.html?${query(form)}`},
            t('workspace.start'), hiddenText(`: ${form.title}`)))))
        : el('p', {class: 'empty'}, t('workspace.noForms'));
}

/** An intermediary picks whom it files for: its own firm, or a client whose mandate is in force. */
function clientChoice(mandates, onChange) {
    return el('div', {class: 'field'},
        el('label', {for: 'file-for', class: 'label'}, t('workspace.fileFor')),
        el('p', {class: 'hint', id: 'file-for-hint'}, t('workspace.fileForHint')),
        el('select', {id: 'file-for', class: 'select', 'aria-describedby': 'file-for-hint',
            onchange: event => onChange(mandates.find(m => m.reference === event.target.value))},
        el('option', {value: ''}, session.organisation),
        mandates.map(m => el('option', {value: m.reference},
            t('workspace.client', {client: m.principal.name, mandate: m.reference})))));
}

async function showCatalogue() {
    const [{body: forms}, {body: mandates}] = await Promise.all([request('GET', 'forms'), request('GET', 'mandates')]);
    const active = mandates.received.filter(m => m.state === 'ACTIVE');
    const list = el('div', {}, cards(forms));
    fill(catalogue, active.length ? clientChoice(active, mandate => fill(list, cards(forms, mandate))) : null, list);
}

/** Who did it, with their firm when it is not this one (an intermediary's, or its client's). */
function person(who) {
    return who.organisation === session.organisation ? who.name : `${who.name} (${who.organisation})`;
}

function actions(filing) {
    const draft = filing.status === 'DRAFT';
    return el('ul', {class: 'actions-list'},
        el('li', {}, el('a', {href: `filing.html?id=${encodeURIComponent(filing.id)}`},
            t(draft ? 'workspace.continue' : 'workspace.view'), hiddenText(`: ${filing.formTitle}`))),
        filing.submission ? el('li', {}, download(`${filingPath(filing)}/receipt`, 'record.receipt')) : null,
        filing.decision ? el('li', {}, download(`${filingPath(filing)}/decision`, 'record.decisionDocument')) : null);
}

async function showFilings() {
    const {body: page} = await request('GET', `filings?offset=${offset}&limit=${PAGE_SIZE}`);
    fill(filings,
        table({
            caption: t('workspace.filings.caption', {organisation: session.organisation}),
            empty: t('workspace.filings.empty'),
            rows: page.items,
            columns: [
                {header: t('workspace.filings.form'), cell: filing => filing.formTitle},
                {header: t('workspace.filings.reference'), cell: filing => (filing.submission
                    ? el('span', {class: 'nowrap'}, filing.submission.reference) : t('workspace.filings.noReference'))},
                {header: t('workspace.filings.status'), cell: filing => statusTag(filing.status)},
                // only an intermediary's list holds other firms' filings
                page.items.some(filing => filing.organisation !== session.organisation)
                    ? {header: t('workspace.filings.for'), cell: filing => filing.organisation} : null,
                {header: t('workspace.filings.startedBy'), cell: filing => person(filing.startedBy)},
                {header: t('workspace.filings.changedBy'), cell: filing => person(filing.changedBy)},
                {header: t('workspace.filings.changed'), cell: filing => el('time', {datetime: filing.updatedAt}, formatDateTime(filing.updatedAt))},
                {header: t('workspace.filings.actions'), cell: actions}
            ].filter(Boolean)
        }),
        pager({
            offset, limit: PAGE_SIZE, count: page.items.length, total: page.total,
            onPage: async next => {
                offset = next;
                await showFilings();
                focusHeading(document.getElementById('filings-title'));
            }
        }));
}

startPage({
    title: 'workspace.title',
    session: 'required',
    render: async current => {
        session = current;
        welcome.textContent = t('workspace.welcome', {name: session.name, organisation: session.organisation});
        document.getElementById('filings-title').textContent = t('workspace.filings.title', {organisation: session.organisation});
        await Promise.all([showCatalogue(), showFilings()]);
    }
});
