// A procurement officer's calls for tenders: drafts to go on with, published ones to look after.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {t} from '../i18n.js';
import {startPage} from '../layout.js';
import {pager, table} from '../table.js';
import {statusTag, time} from '../tender-record.js';

const PAGE_SIZE = 20;
const container = document.getElementById('my-tenders-content');
let offset = 0;

async function showList() {
    const {body: tenders} = await request('GET', `tenders?offset=${offset}&limit=${PAGE_SIZE}`);
    fill(container,
        el('p', {}, el('a', {href: 'manage-tender.html', class: 'button'}, t('tenders.mine.new'))),
        table({
            caption: t('tenders.mine.caption'),
            empty: t('tenders.mine.empty'),
            rows: tenders,
            columns: [
                {header: t('tenders.list.tender'), cell: tender => el('a', {href: `manage-tender.html?id=${encodeURIComponent(tender.id)}`},
                    tender.title || t('tenders.mine.untitled'))},
                {header: t('tenders.list.reference'), cell: tender => el('span', {class: 'nowrap'}, tender.reference ?? t('tenders.none'))},
                {header: t('tenders.list.deadline'), cell: tender => time(tender.submissionDeadline)},
                {header: t('tenders.list.status'), cell: tender => statusTag('tender', tender.status)}
            ]
        }),
        pager({
            offset, limit: PAGE_SIZE, count: tenders.length,
            onPage: async next => {
                offset = next;
                await showList();
                focusHeading(document.getElementById('page-title'));
            }
        }));
}

startPage({title: 'tenders.mine.title', session: 'required', render: showList});
