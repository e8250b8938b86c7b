// The published calls for tenders, for anyone, without sign-in: the soonest deadline first.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {t} from '../i18n.js';
import {startPage} from '../layout.js';
import {pager, table} from '../table.js';
import {statusTag, tenderLink, time} from '../tender-record.js';

const PAGE_SIZE = 20;
const container = document.getElementById('tenders-content');
let offset = 0;

async function showList() {
    const {body: page} = await request('GET', `public/tenders?offset=${offset}&limit=${PAGE_SIZE}`, {signInWhenUnauthorized: false});
    fill(container,
        el('p', {class: 'lead'}, t('tenders.list.lead')),
        table({
            caption: t('tenders.list.caption'),
            empty: t('tenders.list.empty'),
            rows: page.items,
            columns: [
                {header: t('tenders.list.tender'), cell: tenderLink},
                {header: t('tenders.list.reference'), cell: tender => el('span', {class: 'nowrap'}, tender.reference)},
                {header: t('tenders.list.authority'), cell: tender => tender.authority},
                {header: t('tenders.list.deadline'), cell: tender => time(tender.submissionDeadline)},
                {header: t('tenders.list.status'), cell: tender => statusTag('tender', tender.status)}
            ]
        }),
        pager({
            offset, limit: PAGE_SIZE, count: page.items.length, total: page.total,
            onPage: async next => {
                offset = next;
                await showList();
                focusHeading(document.getElementById('page-title'));
            }
        }));
}

startPage({title: 'tenders.list.title', session: 'optional', render: showList});
