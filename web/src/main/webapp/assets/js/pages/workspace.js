// A firm's workspace: the forms it can file, and its filings (drafts to continue, submitted ones
// with their receipt and, once decided, the decision).
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

async function showCatalogue() {
    const {body: forms} = await request('GET', 'forms');
    catalogue.replaceChildren(forms.length ? el('ul', {class: 'cards'}, forms.map(form => el('li', {class: 'card'},
        el('h3', {}, form.title),
        el('p', {}, form.description),
        el('p', {class: 'meta'}, t('workspace.authority', {authority: form.authority})),
        el('a', {class: 'button', href: `filing.html?form=${encodeURIComponent(form.code)}`},
            t('workspace.start'), hiddenText(`: ${form.title}`)))))
        : el('p', {class: 'empty'}, t('workspace.noForms')));
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
            caption: t('workspace.filings.caption'),
            empty: t('workspace.filings.empty'),
            rows: page.items,
            columns: [
                {header: t('workspace.filings.form'), cell: filing => filing.formTitle},
                {header: t('workspace.filings.reference'), cell: filing => (filing.submission
                    ? el('span', {class: 'nowrap'}, filing.submission.reference) : t('workspace.filings.noReference'))},
                {header: t('workspace.filings.status'), cell: filing => statusTag(filing.status)},
                {header: t('workspace.filings.changed'), cell: filing => el('time', {datetime: filing.updatedAt}, formatDateTime(filing.updatedAt))},
                {header: t('workspace.filings.actions'), cell: actions}
            ]
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
    render: async session => {
        welcome.textContent = t('workspace.welcome', {name: session.name, organisation: session.organisation});
        await Promise.all([showCatalogue(), showFilings()]);
    }
});
