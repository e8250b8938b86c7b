// The clerk's desk: the authority's queue of submitted filings, in views (desk.html?view=…): waiting
// (unclaimed ones and the clerk's own), unassigned, mine, due soon, overdue; nearest legal deadline first.
// Below it, the export of the authority's filings.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {exportSection} from '../export-form.js';
import {statusTag} from '../filing-record.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';
import {pager, table} from '../table.js';

const PAGE_SIZE = 20;
const VIEWS = ['waiting', 'unassigned', 'mine', 'due-soon', 'overdue'];
const queue = document.getElementById('queue');
const requested = new URLSearchParams(location.search).get('view');
const view = VIEWS.includes(requested) ? requested : 'waiting';
let offset = 0;

function views() {
    return el('nav', {'aria-label': t('desk.views')}, el('ul', {class: 'views'}, VIEWS.map(name => el('li', {},
        el('a', {href: `desk.html?view=${name}`, 'aria-current': name === view ? 'page' : null}, t(`desk.view.${name}`))))));
}

/** The legal deadline, and in words whether it is near or past: colour only repeats it. */
function due(item) {
    return [el('time', {datetime: item.decisionDue}, formatDateTime(item.decisionDue)),
        item.deadline === 'ON_TIME' ? null : [' ', el('strong', {class: `tag tag--${item.deadline.toLowerCase().replace('_', '-')}`},
            t(`desk.deadline.${item.deadline}`))]];
}

function handler(item) {
    if (item.claimedByMe) {
        return t('desk.claimedByMe');
    }
    return item.claimed ? item.assignee : t('desk.unclaimed');
}

async function showQueue() {
    const {body: cases} = await request('GET', `cases?view=${view}&offset=${offset}&limit=${PAGE_SIZE}`);
    fill(queue,
        views(),
        table({
            caption: t(`desk.view.${view}`),
            empty: t('desk.empty'),
            rows: cases,
            columns: [
                {header: t('desk.reference'), cell: item => el('a', {href: `case.html?ref=${encodeURIComponent(item.reference)}`, class: 'nowrap'}, item.reference)},
                {header: t('desk.form'), cell: item => item.formTitle},
                {header: t('desk.organisation'), cell: item => item.organisation},
                {header: t('desk.submittedAt'), cell: item => el('time', {datetime: item.submittedAt}, formatDateTime(item.submittedAt))},
                {header: t('desk.decisionDue'), cell: due},
                {header: t('desk.status'), cell: item => statusTag(item.status)},
                {header: t('desk.handler'), cell: handler}
            ]
        }),
        pager({
            offset, limit: PAGE_SIZE, count: cases.length,
            onPage: async next => {
                offset = next;
                await showQueue();
                focusHeading(document.getElementById('queue-title'));
            }
        }));
}

startPage({
    title: 'desk.title',
    session: 'required',
    render: async () => {
        await showQueue();
        fill(document.getElementById('export'), exportSection());
    }
});
