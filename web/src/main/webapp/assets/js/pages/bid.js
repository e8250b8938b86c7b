// A firm's bid on a call for tenders (bid.html?ref=<reference>): its bids so far (status, time,
// hash, receipts; withdraw the one that counts, or keep it after a corrigendum), the consortia other
// firms invite it to, and the form to bid or to replace the bid: prices per lot, the
// self-declaration, subcontractors with their share, the consortium it leads, and offer documents.
import {request, upload} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {checkboxField, textField} from '../fields.js';
import {formatBytes, formatDateTime, t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage} from '../layout.js';
import {clearNotice, createStatusRegion, showNotice} from '../notice.js';
import {table} from '../table.js';
import {ahead, money, numberFrom, publicPath, statusTag, time} from '../tender-record.js';

const reference = new URLSearchParams(location.search).get('ref') ?? '';
const path = `${publicPath(reference)}/bids`;
const heading = document.getElementById('page-title');
const container = document.getElementById('bid-content');

let tender;
// the bid being written, kept apart from the page so that it survives drawing the page again
let entry = blankEntry();
// the bid submitted during this visit, whose proof stays shown
let submitted = null;

function blankEntry() {
    return {prices: {}, chosen: new Set(), noExclusionGrounds: false, meetsSelectionCriteria: false,
        subcontractors: [], consortium: false, members: [], documents: new Set()};
}

function receiptLink(bid, withdrawal = false) {
    const file = withdrawal ? 'withdrawal-receipt' : 'receipt';
    return el('a', {href: `api/${path}/${encodeURIComponent(bid.id)}/${file}`, download: true, class: 'download'},
        t(withdrawal ? 'tenders.bid.withdrawalReceipt' : 'tenders.bid.receipt'));
}

function open() {
    return tender.status === 'PUBLISHED' && ahead(tender.submissionDeadline);
}

async function act(method, url, noticeKey, extra) {
    clearErrors();
    clearNotice(pageNotices());
    submitted = null;
    try {
        const {body} = await request(method, url);
        await show();
        showNotice(pageNotices(), t(noticeKey), {extra: extra?.(body)});
        focusHeading(document.getElementById('bids-title'));
    } catch (problem) {
        showProblem(problem);
    }
}

function consortiumOf(bid) {
    return bid.consortium.length
        ? el('ul', {class: 'plain-list'}, bid.consortium.map(member => el('li', {},
            t(member.confirmed ? 'tenders.bid.memberConfirmed' : 'tenders.bid.memberWaiting', {organisation: member.organisation}))))
        : t('tenders.bid.alone');
}

function myBids(bids) {
    const current = bids.find(bid => bid.status === 'SUBMITTED');
    return [
        table({
            caption: t('tenders.bid.mineCaption'),
            empty: t('tenders.bid.noBids'),
            rows: [...bids].reverse(),
            columns: [
                {header: t('tenders.bid.submittedAt'), cell: bid => time(bid.submittedAt)},
                {header: t('tenders.bid.status'), cell: bid => statusTag('bid', bid.status)},
                {header: t('tenders.bid.sha256'), cell: bid => el('code', {class: 'hash'}, bid.sha256)},
                {header: t('tenders.bid.consortium'), cell: consortiumOf},
                {header: t('tenders.bid.receipts'), cell: bid => el('ul', {class: 'actions-list'},
                    el('li', {}, receiptLink(bid)),
                    bid.withdrawnAt ? el('li', {}, receiptLink(bid, true)) : null)}
            ]
        }),
        current?.needsConfirmation ? el('div', {class: 'panel'},
            el('p', {}, t('tenders.bid.needsConfirmation')),
            el('button', {type: 'button', class: 'button', onclick: () => act('POST', `${path}/mine/confirmation`, 'tenders.bid.confirmed')},
                t('tenders.bid.confirm'))) : null,
        current && open() ? el('button', {type: 'button', class: 'button button--secondary',
            onclick: () => act('DELETE', `${path}/mine`, 'tenders.bid.withdrawn', withdrawn => el('p', {}, receiptLink(withdrawn, true)))},
        t('tenders.bid.withdraw')) : null
    ];
}

function invitations(invited) {
    if (!invited.length) {
        return null;
    }
    return el('section', {'aria-labelledby': 'invitations-title'},
        el('h2', {id: 'invitations-title'}, t('tenders.invitations.title')),
        el('p', {}, t('tenders.invitations.lead')),
        table({
            caption: t('tenders.invitations.caption'),
            empty: '',
            rows: invited,
            columns: [
                {header: t('tenders.invitations.leadFirm'), cell: invitation => invitation.lead},
                {header: t('tenders.invitations.status'), cell: invitation => t(invitation.confirmed
                    ? 'tenders.invitations.confirmed' : 'tenders.invitations.waiting')},
                {header: t('tenders.invitations.action'), cell: invitation => (invitation.confirmed ? '' : el('button', {
                    type: 'button', class: 'button',
                    onclick: () => act('POST', `${path}/${encodeURIComponent(invitation.bidId)}/participation`, 'tenders.invitations.done')
                }, t('tenders.invitations.confirm'), el('span', {class: 'visually-hidden'}, `: ${invitation.lead}`)))}
            ]
        }));
}

/** A list of rows (subcontractors, consortium members) with a button to add one and one to remove each. */
function rows(list, {id, legendKey, addKey, removeKey, blank, fields}) {
    const redraw = focusId => {
        fill(group, content());
        document.getElementById(focusId)?.focus();
    };
    const content = () => [
        el('legend', {class: 'label'}, el('span', {class: 'label-text'}, t(legendKey))),
        list.map((item, i) => el('div', {class: 'row-group'},
            fields(item, i),
            el('button', {type: 'button', class: 'button button--secondary', onclick: () => {
                list.splice(i, 1);
                redraw(`${group.id}-add`);
            }}, t(removeKey, {number: i + 1})))),
        el('button', {type: 'button', class: 'button button--secondary', id: `${group.id}-add`, onclick: () => {
            list.push(blank());
            redraw(`${group.id}-${list.length - 1}-first`);
        }}, t(addKey))
    ];
    const group = el('fieldset', {class: 'rows', id});
    return fill(group, content());
}

function lotChoice(lot) {
    const id = `lot-${lot.number}`;
    return el('div', {class: 'row-group'},
        checkboxField({id: `${id}-chosen`, text: t('tenders.bid.lotChoice', {number: lot.number, title: lot.title}),
            hint: t('tenders.bid.estimated', {value: money(lot.estimatedValue, lot.currency)}),
            checked: entry.chosen.has(lot.number),
            onchange: chosen => (chosen ? entry.chosen.add(lot.number) : entry.chosen.delete(lot.number))}),
        textField({id: `${id}-price`, text: t('tenders.bid.price', {number: lot.number, currency: lot.currency}),
            value: entry.prices[lot.number] ?? '', size: 'short', optional: true,
            oninput: value => { entry.prices[lot.number] = value; }}));
}

function subcontractorFields(item, i) {
    const id = `subcontractors-${i}`;
    return [
        textField({id: `${id}-first`, text: t('tenders.bid.subcontractorName', {number: i + 1}), value: item.name,
            pointer: `/subcontractors/${i}/name`, oninput: value => { item.name = value; }}),
        textField({id: `${id}-country`, text: t('tenders.bid.country', {number: i + 1}), hint: t('tenders.bid.countryHint'),
            value: item.country, size: 'short', pointer: `/subcontractors/${i}/country`, oninput: value => { item.country = value; }}),
        textField({id: `${id}-share`, text: t('tenders.bid.share', {number: i + 1}), value: item.share, size: 'short',
            pointer: `/subcontractors/${i}/share`, oninput: value => { item.share = value; }})
    ];
}

function memberFields(item, i) {
    const id = `members-${i}`;
    return [
        textField({id: `${id}-first`, text: t('tenders.bid.memberCountry', {number: i + 1}), hint: t('tenders.bid.countryHint'),
            value: item.country, size: 'short', pointer: `/consortium/members/${i}/country`, oninput: value => { item.country = value; }}),
        textField({id: `${id}-registration`, text: t('tenders.bid.memberRegistration', {number: i + 1}), value: item.registrationNumber,
            pointer: `/consortium/members/${i}`, oninput: value => { item.registrationNumber = value; }})
    ];
}

function consortium() {
    const members = el('div', {hidden: !entry.consortium});
    const drawMembers = () => fill(members, rows(entry.members, {
        id: 'members', legendKey: 'tenders.bid.members', addKey: 'tenders.bid.addMember', removeKey: 'tenders.bid.removeMember',
        blank: () => ({country: '', registrationNumber: ''}), fields: memberFields
    }));
    drawMembers();
    return [
        checkboxField({id: 'consortium', text: t('tenders.bid.asLead'), hint: t('tenders.bid.asLeadHint'), checked: entry.consortium,
            onchange: lead => {
                entry.consortium = lead;
                if (lead && !entry.members.length) {
                    entry.members.push({country: '', registrationNumber: ''});
                    drawMembers();
                }
                members.hidden = !lead;
            }}),
        members
    ];
}

async function attach(input, status, list) {
    const [file] = input.files;
    if (!file) {
        return;
    }
    clearErrors();
    try {
        const {body: held} = await upload(`${path}/documents?fileName=${encodeURIComponent(file.name)}`, file, () => {});
        entry.documents.add(held.id);
        input.value = '';
        fill(list, documentChoices(await offerDocuments()));
        showNotice(status, t('upload.done', {name: held.fileName}));
    } catch (problem) {
        showProblem({title: problem.title, status: problem.status,
            violations: [{pointer: '/documents', label: t('tenders.bid.upload'), message: problem.detail}]});
    }
}

async function offerDocuments() {
    return (await request('GET', `${path}/documents`)).body;
}

function documentChoices(uploaded) {
    return uploaded.length ? uploaded.map(file => checkboxField({
        id: `document-${file.id}`, text: t('tenders.bid.include', {name: file.fileName, size: formatBytes(file.size)}),
        checked: entry.documents.has(file.id),
        onchange: chosen => (chosen ? entry.documents.add(file.id) : entry.documents.delete(file.id))
    })) : el('p', {class: 'empty'}, t('tenders.bid.noDocuments'));
}

function documents(uploaded) {
    const status = createStatusRegion('upload__status');
    const list = el('div', {}, documentChoices(uploaded));
    const input = el('input', {type: 'file', id: 'offer-document', class: 'file', accept: 'application/pdf',
        'data-pointer': '/documents', 'aria-describedby': 'offer-document-hint'});
    input.addEventListener('change', () => attach(input, status, list));
    return el('fieldset', {class: 'rows'},
        el('legend', {class: 'label'}, t('tenders.bid.documents')),
        list,
        el('div', {class: 'field upload'},
            el('label', {for: input.id, class: 'label'}, el('span', {class: 'label-text'}, t('tenders.bid.upload'))),
            el('p', {class: 'hint', id: 'offer-document-hint'}, t('tenders.bid.uploadHint')),
            input, status));
}

/** The bid as the API takes it; what was typed wrongly goes as it is, for the server to explain. */
function bidJson() {
    const lots = tender.lots.filter(lot => entry.chosen.has(lot.number));
    // the violations name chosen lots by their place in the bid: each price field answers to its own
    document.querySelectorAll('[id$="-price"]').forEach(input => input.removeAttribute('data-pointer'));
    lots.forEach((lot, i) => document.getElementById(`lot-${lot.number}-price`).setAttribute('data-pointer', `/lots/${i}/price`));
    return {
        lots: lots.map(lot => ({lot: lot.number, price: numberFrom(entry.prices[lot.number] ?? '')})),
        selfDeclaration: {noExclusionGrounds: entry.noExclusionGrounds, meetsSelectionCriteria: entry.meetsSelectionCriteria},
        subcontractors: entry.subcontractors.map(item => ({name: item.name, country: item.country.trim().toUpperCase(), share: numberFrom(item.share)})),
        consortium: entry.consortium ? {members: entry.members.map(member => ({
            country: member.country.trim().toUpperCase(), registrationNumber: member.registrationNumber.trim()}))} : undefined,
        documents: entry.documents.size ? [...entry.documents] : undefined
    };
}

async function submit(event) {
    event.preventDefault();
    clearErrors();
    clearFieldErrors(event.target);
    clearNotice(pageNotices());
    try {
        submitted = (await request('POST', path, {json: bidJson()})).body;
        // sealed now: a replacement starts from a blank form, as nothing of the bid is kept here
        entry = blankEntry();
        await show();
        focusHeading(document.getElementById('submitted-title'));
    } catch (problem) {
        showProblem(problem);
    }
}

function bidForm(replacing, uploaded) {
    return el('section', {'aria-labelledby': 'form-title'},
        el('h2', {id: 'form-title'}, t(replacing ? 'tenders.bid.replaceTitle' : 'tenders.bid.formTitle')),
        el('p', {}, t(replacing ? 'tenders.bid.replaceLead' : 'tenders.bid.formLead', {deadline: formatDateTime(tender.submissionDeadline)})),
        el('form', {novalidate: true, onsubmit: submit},
            el('fieldset', {class: 'field rows'},
                el('legend', {class: 'label'}, el('span', {class: 'label-text'}, t('tenders.bid.lots'))),
                el('p', {class: 'hint', 'data-pointer': '/lots', id: 'lots-hint', tabindex: '-1'}, t('tenders.bid.lotsHint')),
                tender.lots.map(lotChoice)),
            el('fieldset', {class: 'rows'},
                el('legend', {class: 'label'}, t('tenders.bid.selfDeclaration')),
                checkboxField({id: 'no-exclusion', text: t('tenders.bid.noExclusionGrounds'), checked: entry.noExclusionGrounds,
                    pointer: '/selfDeclaration/noExclusionGrounds', onchange: ticked => { entry.noExclusionGrounds = ticked; }}),
                checkboxField({id: 'selection', text: t('tenders.bid.meetsSelectionCriteria'), checked: entry.meetsSelectionCriteria,
                    pointer: '/selfDeclaration/meetsSelectionCriteria', onchange: ticked => { entry.meetsSelectionCriteria = ticked; }})),
            rows(entry.subcontractors, {
                id: 'subcontractors', legendKey: 'tenders.bid.subcontractors', addKey: 'tenders.bid.addSubcontractor', removeKey: 'tenders.bid.removeSubcontractor',
                blank: () => ({name: '', country: '', share: ''}), fields: subcontractorFields
            }),
            consortium(),
            documents(uploaded),
            el('button', {type: 'submit', class: 'button'}, t(replacing ? 'tenders.bid.replace' : 'tenders.bid.submit'))));
}

function proof() {
    if (!submitted) {
        return null;
    }
    return el('section', {class: 'panel panel--success', 'aria-labelledby': 'submitted-title'},
        el('h2', {id: 'submitted-title'}, t('tenders.bid.submittedTitle')),
        el('p', {}, t('tenders.bid.submittedAtLabel'), ' ', el('strong', {class: 'panel__value'}, time(submitted.submittedAt))),
        el('p', {}, t('tenders.bid.sha256Label'), ' ', el('strong', {class: 'panel__value hash'}, submitted.sha256)),
        el('p', {}, t('tenders.bid.submittedNext')),
        el('p', {}, receiptLink(submitted)));
}

async function show() {
    const [{body: loaded}, {body: bids}, {body: invited}] = await Promise.all([
        request('GET', publicPath(reference)),
        request('GET', `${path}/mine`),
        request('GET', `${path}/invitations`)
    ]);
    tender = loaded;
    heading.textContent = t('tenders.bid.heading', {title: tender.title});
    setPageTitle(heading.textContent);
    const uploaded = open() ? await offerDocuments() : [];
    fill(container,
        el('p', {class: 'lead'}, el('a', {href: `tender.html?ref=${encodeURIComponent(reference)}`}, t('tenders.bid.back', {reference}))),
        proof(),
        el('section', {'aria-labelledby': 'bids-title'},
            el('h2', {id: 'bids-title'}, t('tenders.bid.mine')),
            myBids(bids)),
        invitations(invited),
        open() ? bidForm(bids.some(bid => bid.status === 'SUBMITTED'), uploaded)
            : el('div', {class: 'notice notice--info'}, el('p', {}, t('tenders.bid.closed'))));
}

startPage({title: 'tenders.bid.title', session: 'required', render: show});
