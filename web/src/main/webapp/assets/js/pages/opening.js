// The opening of a call for tenders' bids (opening.html?id=<tender id>), for its board and the
// authority's officers: how many board members have entered their passphrase out of the k needed,
// the form for a member to enter theirs after the deadline, and once opened, every bid with its
// prices per lot, its hash and whether it matches its receipt, and the signed opening report.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {textField} from '../fields.js';
import {formatBytes, t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage} from '../layout.js';
import {clearNotice, showNotice} from '../notice.js';
import {table} from '../table.js';
import {details, hasRole, money, publicPath, statusTag, time} from '../tender-record.js';

const id = new URLSearchParams(location.search).get('id') ?? '';
const path = `tenders/${encodeURIComponent(id)}/opening`;
const heading = document.getElementById('page-title');
const container = document.getElementById('opening-content');
let session;

function yesNo(value) {
    return el('strong', {class: `tag tag--${value ? 'matches' : 'differs'}`}, t(value ? 'opening.matches' : 'opening.differs'));
}

async function enter(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors();
    clearFieldErrors(form);
    clearNotice(pageNotices());
    try {
        const {body: opening} = await request('POST', path, {json: {passphrase: form.elements.passphrase.value}});
        await show();
        showNotice(pageNotices(), t(opening.status === 'OPENED' ? 'opening.opened' : 'opening.entered'));
        focusHeading(document.getElementById('state-title'));
    } catch (problem) {
        showProblem(problem);
    }
}

function passphraseForm(opening) {
    if (!hasRole(session, 'opening-member') || opening.status === 'OPENED' || opening.entered.includes(session.username)) {
        return null;
    }
    const field = textField({id: 'passphrase', text: t('opening.passphraseLabel'), hint: t('opening.passphraseHint'),
        type: 'password', pointer: '/passphrase', autocomplete: 'off'});
    return el('section', {'aria-labelledby': 'enter-title', class: 'panel'},
        el('h2', {id: 'enter-title'}, t('opening.enterTitle')),
        el('form', {novalidate: true, onsubmit: enter}, field,
            el('button', {type: 'submit', class: 'button'}, t('opening.enter'))));
}

function prices(bid, tender) {
    return el('ul', {class: 'plain-list'}, (bid.bid.lots ?? []).map(line => {
        const lot = tender.lots.find(candidate => candidate.number === line.lot);
        return el('li', {}, t('opening.lotPrice', {number: line.lot, title: lot?.title ?? ''}), ' ',
            el('span', {class: 'nowrap'}, money(line.price, lot?.currency)));
    }));
}

function consortium(bid) {
    return bid.consortium.length
        ? el('ul', {class: 'plain-list'}, bid.consortium.map(member => el('li', {},
            t(member.confirmed ? 'tenders.bid.memberConfirmed' : 'tenders.bid.memberWaiting', {organisation: member.organisation}))))
        : t('tenders.bid.alone');
}

function documents(bid) {
    const files = bid.documents ?? [];
    return files.length ? el('ul', {class: 'plain-list'}, files.map(file => el('li', {},
        el('a', {href: `api/${path}/bids/${encodeURIComponent(bid.bidId)}/documents/${encodeURIComponent(file.id)}`, download: true}, file.fileName),
        ` (${formatBytes(file.size)}) `, yesNo(file.matchesReceipt))))
        : t('opening.noDocuments');
}

function openedBids(opening, tender) {
    return el('section', {'aria-labelledby': 'bids-title'},
        el('h2', {id: 'bids-title'}, t('opening.bids')),
        table({
            caption: t('opening.bidsCaption', {count: opening.bids.length}),
            empty: t('opening.noBids'),
            rows: opening.bids,
            columns: [
                {header: t('opening.bidder'), cell: bid => bid.organisation},
                {header: t('opening.prices'), cell: bid => prices(bid, tender)},
                {header: t('opening.sha256'), cell: bid => el('code', {class: 'hash'}, bid.sha256)},
                {header: t('opening.matchesReceipt'), cell: bid => yesNo(bid.matchesReceipt)},
                {header: t('opening.consortium'), cell: consortium},
                {header: t('opening.documents'), cell: documents}
            ]
        }),
        notOpened(opening),
        el('p', {}, el('a', {href: `api/${path}/report`, download: true, class: 'download'}, t('opening.report'))));
}

/** Bids received but left sealed: a corrigendum came after them and their firms did not confirm them. */
function notOpened(opening) {
    if (!opening.notOpened.length) {
        return null;
    }
    return [
        el('h3', {}, t('opening.notOpened')),
        el('p', {}, t('opening.notOpenedText')),
        table({
            caption: t('opening.notOpenedCaption', {count: opening.notOpened.length}),
            empty: '',
            rows: opening.notOpened,
            columns: [
                {header: t('opening.bidder'), cell: bid => bid.organisation},
                {header: t('tenders.bid.submittedAt'), cell: bid => time(bid.submittedAt)},
                {header: t('opening.sha256'), cell: bid => el('code', {class: 'hash'}, bid.sha256)}
            ]
        })
    ];
}

async function show() {
    const {body: opening} = await request('GET', path);
    const {body: tender} = await request('GET', publicPath(opening.reference));
    heading.textContent = t('opening.heading', {title: tender.title});
    setPageTitle(heading.textContent);
    const opened = opening.status === 'OPENED';
    fill(container,
        el('p', {class: 'lead'}, el('a', {href: `tender.html?ref=${encodeURIComponent(opening.reference)}`}, opening.reference)),
        el('section', {'aria-labelledby': 'state-title'},
            el('h2', {id: 'state-title'}, t('opening.state')),
            details([
                ['tenders.tender.status', statusTag('tender', opening.status)],
                ['tenders.tender.submissionDeadline', time(tender.submissionDeadline)],
                !opened && ['opening.progress', t('opening.count', {entered: opening.entered.length, needed: opening.needed})],
                !opened && ['opening.who', opening.entered.length ? opening.entered.join(', ') : t('opening.nobody')],
                opened && ['opening.openedAt', time(opening.openedAt)]
            ])),
        passphraseForm(opening),
        opened ? openedBids(opening, tender) : el('div', {class: 'notice notice--info'}, el('p', {}, t('opening.notYet'))));
}

startPage({
    title: 'opening.title',
    session: 'required',
    render: async signedIn => {
        session = signedIn;
        await show();
    }
});
