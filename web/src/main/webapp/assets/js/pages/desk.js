// The clerk's desk: the authority's queue of submitted filings, unclaimed ones and the clerk's own.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {statusTag} from '../filing-record.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';
import {pager, table} from '../table.js';

const PAGE_SIZE = 20;
const queue = document.getElementById('queue');
let offset = 0;

function handler(item) {
    if (item.claimedByMe) {
        return t('desk.claimedByMe');
    }
    return t(item.claimed ? 'desk.claimedByOther' : 'desk.unclaimed');
}

async function showQueue() {
    const {body: cases} = await request('GET', `cases?offset=${offset}&limit=${PAGE_SIZE}`);
    fill(queue,
        table({
            caption: t('desk.caption'),
            empty: t('desk.empty'),
            rows: cases,
            columns: [
                {header: t('desk.reference'), cell: item => el('a', {href: `case.html?ref=${encodeURIComponent(item.reference)}`, class: 'nowrap'}, item.reference)},
                {header: t('desk.form'), cell: item => item.formTitle},
                {header: t('desk.organisation'), cell: item => item.organisation},
                {header: t('desk.submittedAt'), cell: item => el('time', {datetime: item.submittedAt}, formatDateTime(item.submittedAt))},
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

startPage({title: 'desk.title', session: 'required', render: showQueue});
