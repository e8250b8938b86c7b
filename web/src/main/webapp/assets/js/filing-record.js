// A submitted filing as a record: its submission (reference, time, verification code, hash), the
// decision if there is one, the answers and the documents, with links to download what the gateway
// issued. The applicant and the clerk see the same record.
import {answerRows, summaryList} from './answers.js';
import {el} from './dom.js';
import {formatBytes, formatDate, formatDateTime, formatMoney, t} from './i18n.js';

/** A status in words; its colour only repeats what the words say. */
export function statusTag(status) {
    return el('strong', {class: `tag tag--${status.toLowerCase().replace('_', '-')}`}, t(`status.${status}`));
}

export function filingPath(filing) {
    return `api/filings/${encodeURIComponent(filing.id)}`;
}

export function download(href, textKey) {
    return el('a', {href, download: true, class: 'download'}, t(textKey));
}

function details(rows) {
    return el('dl', {class: 'summary-list'}, rows.filter(Boolean).map(([key, value]) =>
        el('div', {class: 'summary-list__row'}, el('dt', {}, t(key)), el('dd', {}, value))));
}

function submission(filing) {
    const {reference, submittedAt, verificationCode, sha256} = filing.submission;
    return el('section', {'aria-labelledby': 'record-submission'},
        el('h2', {id: 'record-submission'}, t('record.submission')),
        details([
            ['record.reference', reference],
            ['record.status', statusTag(filing.status)],
            ['record.organisation', filing.organisation],
            filing.onBehalf ? ['record.onBehalf', t('record.onBehalfOf', {agent: filing.onBehalf.agent,
                mandate: filing.onBehalf.mandate, until: formatDateTime(filing.onBehalf.mandateValidUntil)})] : null,
            ['record.startedBy', `${filing.startedBy.name} (${filing.startedBy.organisation})`],
            ['record.changedBy', `${filing.changedBy.name} (${filing.changedBy.organisation})`],
            ['record.submittedAt', el('time', {datetime: submittedAt}, formatDateTime(submittedAt))],
            filing.decisionDue && !filing.decision
                ? ['record.decisionDue', el('time', {datetime: filing.decisionDue}, formatDateTime(filing.decisionDue))] : null,
            ['record.verificationCode', el('a', {href: `verify.html?code=${encodeURIComponent(verificationCode)}`},
                verificationCode)],
            ['record.sha256', el('code', {class: 'hash'}, sha256)]
        ]),
        el('p', {}, download(`${filingPath(filing)}/receipt`, 'record.receipt')));
}

function decision(filing) {
    const {outcome, reason, decidedAt} = filing.decision;
    return el('section', {'aria-labelledby': 'record-decision'},
        el('h2', {id: 'record-decision'}, t('record.decision')),
        details([
            ['record.outcome', statusTag(outcome)],
            reason ? ['record.reason', el('span', {class: 'preserve-lines'}, reason)] : null,
            ['record.decidedAt', el('time', {datetime: decidedAt}, formatDateTime(decidedAt))]
        ]),
        el('p', {}, download(`${filingPath(filing)}/decision`, 'record.decisionDocument')));
}

function documents(filing) {
    return el('section', {'aria-labelledby': 'record-documents'},
        el('h2', {id: 'record-documents'}, t('record.documents')),
        filing.attachments.length
            ? el('ul', {class: 'documents'}, filing.attachments.map(attachment => el('li', {},
                el('a', {href: `${filingPath(filing)}/attachments/${encodeURIComponent(attachment.id)}`, download: true},
                    attachment.fileName),
                ` – ${attachment.label}, ${formatBytes(attachment.size)}`)))
            : el('p', {}, t('record.noDocuments')));
}

/** What happened to the filing, step by step, as the firm may know it. */
function history(filing) {
    return el('section', {'aria-labelledby': 'record-history'},
        el('h2', {id: 'record-history'}, t('record.history')),
        el('ol', {class: 'history'}, filing.history.map(step => el('li', {},
            el('time', {datetime: step.at}, formatDateTime(step.at)), ' – ', t(`history.${step.kind}`)))));
}

/**
 * The filing's fee: until it is paid, what the firm's bank needs for the transfer (payee, IBAN, amount and the
 * creditor reference, which the bank's statement brings back to the gateway); then when it was paid.
 */
export function feePayment(fee) {
    const paid = fee.status === 'PAID';
    return el('section', {class: paid ? 'panel' : 'panel panel--payment', 'aria-labelledby': 'record-fee'},
        el('h2', {id: 'record-fee'}, t(paid ? 'fee.paidTitle' : 'fee.title')),
        el('p', {}, t(paid ? 'fee.paid' : fee.expired ? 'fee.expired' : 'fee.instructions')),
        details([
            ['fee.amount', formatMoney(fee.amount, fee.currency)],
            ['fee.payee', fee.payee],
            ['fee.iban', el('code', {class: 'payment-code'}, fee.iban.replace(/(.{4})(?!$)/g, '$1 '))],
            ['fee.reference', el('code', {class: 'payment-code'}, fee.creditorReference)],
            paid ? ['fee.paidAt', el('time', {datetime: fee.paidAt}, formatDateTime(fee.paidAt))]
                : ['fee.dueOn', el('time', {datetime: fee.dueOn}, formatDate(fee.dueOn))]
        ]));
}

/** The whole record, under headings of level 2. */
export function filingRecord(filing, definition) {
    return el('div', {class: 'record'},
        filing.submission ? submission(filing) : null,
        filing.decision ? decision(filing) : null,
        filing.history?.length ? history(filing) : null,
        el('section', {'aria-labelledby': 'record-answers'},
            el('h2', {id: 'record-answers'}, t('record.answers')),
            summaryList(answerRows(definition, filing.data))),
        documents(filing));
}
