// A finance officer's page: import the bank's camt.053 statement of the fee account, see what each transfer
// paid, and resolve those that did not pay a fee exactly (refund, assign to the right reference, accept).
import {request, upload} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {showProblem} from '../errors.js';
import {formatDate, formatMoney, t} from '../i18n.js';
import {pageNotices, startPage, submitting} from '../layout.js';
import {showNotice} from '../notice.js';
import {table} from '../table.js';

const container = document.getElementById('payments');
let imported = null;
let resolving = null;
let toResolve = [];

function outcomeTag(outcome) {
    return el('strong', {class: `tag tag--${outcome.toLowerCase()}`}, t(`payments.outcome.${outcome}`));
}

function paymentTable(caption, payments, {withAction}) {
    return table({
        caption,
        empty: t('payments.none'),
        rows: payments,
        columns: [
            {header: t('payments.bankReference'), cell: p => p.bankReference},
            {header: t('payments.bookedOn'), cell: p => el('time', {datetime: p.bookedOn}, formatDate(p.bookedOn))},
            {header: t('payments.amount'), cell: p => formatMoney(p.amount, p.currency)},
            {header: t('payments.debtor'), cell: p => p.debtor || ''},
            {header: t('payments.remittance'), cell: p => p.remittance ? el('code', {}, p.remittance) : ''},
            {header: t('payments.outcomeTitle'), cell: p => [outcomeTag(p.outcome),
                Number(p.surplus) > 0 ? ` ${t('payments.surplus', {amount: formatMoney(p.surplus, p.currency)})}` : '']},
            {header: t('payments.filing'), cell: p => p.filingReference || ''},
            withAction && {header: t('payments.action'), cell: p => el('button', {
                type: 'button', class: 'button button--secondary', onclick: () => openResolution(p)
            }, t('payments.resolve'), el('span', {class: 'visually-hidden'}, ` ${p.bankReference}`))}
        ].filter(Boolean)
    });
}

function importForm() {
    return el('section', {'aria-labelledby': 'statement-title', class: 'panel'},
        el('h2', {id: 'statement-title'}, t('payments.importTitle')),
        el('form', {novalidate: true, onsubmit: importStatement},
            el('div', {class: 'field'},
                el('label', {for: 'statement', class: 'label'}, el('span', {class: 'label-text'}, t('payments.file'))),
                el('p', {class: 'hint', id: 'statement-hint'}, t('payments.fileHint')),
                el('input', {type: 'file', id: 'statement', name: 'statement', class: 'file', accept: '.xml,application/xml,text/xml',
                    'aria-describedby': 'statement-hint'})),
            el('button', {type: 'submit', class: 'button'}, t('payments.import'))));
}

const importStatement = submitting(async form => {
    const file = form.elements.statement.files[0];
    if (!file) {
        showProblem({title: t('payments.noFile'), detail: t('payments.fileHint')});
        return;
    }
    imported = (await upload('payments/statements', file, () => {})).body;
    resolving = null;
    await show();
    showNotice(pageNotices(), t('payments.imported', {count: imported.payments.length, again: imported.alreadyImported}));
    focusHeading(document.getElementById('result-title'));
});

function result() {
    return imported && el('section', {'aria-labelledby': 'result-title'},
        el('h2', {id: 'result-title', tabindex: '-1'}, t('payments.resultTitle')),
        el('p', {}, t('payments.imported', {count: imported.payments.length, again: imported.alreadyImported})),
        paymentTable(t('payments.resultCaption'), imported.payments, {withAction: false}));
}

function openResolution(payment) {
    resolving = payment;
    show().then(() => focusHeading(document.getElementById('resolution-title')));
}

function radio(value) {
    const id = `action-${value.toLowerCase()}`;
    return el('div', {class: 'radio'},
        el('input', {type: 'radio', class: 'radio__input', id, name: 'action', value,
            'data-pointer': value === 'REFUNDED' ? '/action' : null}),
        el('label', {for: id}, t(`payments.resolution.${value}`)));
}

function resolutionForm() {
    return resolving && el('section', {'aria-labelledby': 'resolution-title', class: 'panel'},
        el('h2', {id: 'resolution-title', tabindex: '-1'},
            t('payments.resolveTitle', {reference: resolving.bankReference})),
        el('form', {novalidate: true, onsubmit: resolve},
            el('fieldset', {class: 'field'},
                el('legend', {class: 'label'}, el('span', {class: 'label-text'}, t('payments.how'))),
                radio('REFUNDED'), radio('ASSIGNED'), radio('ACCEPTED')),
            el('div', {class: 'field'},
                el('label', {for: 'creditor-reference', class: 'label'},
                    el('span', {class: 'label-text'}, t('payments.creditorReference'))),
                el('p', {class: 'hint', id: 'creditor-reference-hint'}, t('payments.creditorReferenceHint')),
                el('input', {type: 'text', id: 'creditor-reference', name: 'creditorReference', class: 'input',
                    autocomplete: 'off', 'data-pointer': '/creditorReference', 'aria-describedby': 'creditor-reference-hint'})),
            el('div', {class: 'field'},
                el('label', {for: 'note', class: 'label'}, el('span', {class: 'label-text'}, t('payments.note'))),
                el('textarea', {id: 'note', name: 'note', class: 'textarea', rows: 3, 'data-pointer': '/note',
                    'aria-required': 'true'})),
            el('button', {type: 'submit', class: 'button'}, t('payments.record'))));
}

// what is missing is the server's to say: an unchosen action is sent as missing
const resolve = submitting(async form => {
    const {body} = await request('POST', `payments/${encodeURIComponent(resolving.id)}/resolution`, {json: {
        action: form.elements.action.value || undefined,
        note: form.elements.note.value,
        creditorReference: form.elements.creditorReference.value || undefined
    }});
    resolving = null;
    await show();
    showNotice(pageNotices(), t('payments.resolved', {reference: body.bankReference}));
    focusHeading(document.getElementById('to-resolve-title'));
});

async function show() {
    toResolve = (await request('GET', 'payments?status=to-resolve&limit=100')).body.items;
    fill(container,
        importForm(),
        result(),
        el('section', {'aria-labelledby': 'to-resolve-title'},
            el('h2', {id: 'to-resolve-title', tabindex: '-1'}, t('payments.toResolveTitle')),
            paymentTable(t('payments.toResolveCaption'), toResolve, {withAction: true})),
        resolutionForm());
}

startPage({title: 'payments.title', session: 'required', render: show});
