// A firm's mandates: it lets an intermediary (identified by country and registration number) file all or
// some forms for it from one day until another, ends a mandate early, and sees the mandates it holds
// from its own clients.
import {request} from '../api.js';
import {el, fill, focusHeading, hiddenText} from '../dom.js';
import {clearErrors, clearFieldErrors, setFieldError, showProblem} from '../errors.js';
import {checkboxField, textField} from '../fields.js';
import {formatDateTime, t} from '../i18n.js';
import {pageNotices, startPage} from '../layout.js';
import {showNotice} from '../notice.js';
import {table} from '../table.js';

const grant = document.getElementById('grant');
const given = document.getElementById('given');
const received = document.getElementById('received');
let forms = [];

function time(iso) {
    return iso ? el('time', {datetime: iso}, formatDateTime(iso)) : '';
}

function scope(mandate) {
    const titles = mandate.forms.map(code => forms.find(form => form.code === code)?.title ?? code);
    return titles.length ? titles.join(', ') : t('mandates.allForms');
}

function stateTag(mandate) {
    return el('strong', {class: `tag tag--mandate-${mandate.state.toLowerCase()}`}, t(`mandates.state.${mandate.state}`));
}

async function end(mandate) {
    clearErrors();
    try {
        await request('POST', `mandates/${encodeURIComponent(mandate.reference)}/revocation`);
        await showMandates();
        showNotice(pageNotices(), t('mandates.ended', {reference: mandate.reference, agent: mandate.agent.name}));
        focusHeading(document.getElementById('given-title'));
    } catch (problem) {
        showProblem(problem);
    }
}

function endButton(mandate) {
    return ['ACTIVE', 'PENDING'].includes(mandate.state)
        ? el('button', {type: 'button', class: 'button button--secondary', onclick: () => end(mandate)},
            t('mandates.end'), hiddenText(` ${mandate.reference}`))
        : '';
}

function mandateTable(mandates, {caption, empty, party, partyHeader, actions}) {
    return table({
        caption, empty, rows: mandates,
        columns: [
            {header: t('mandates.reference'), cell: mandate => el('span', {class: 'nowrap'}, mandate.reference)},
            {header: partyHeader, cell: mandate => `${mandate[party].name} (${mandate[party].country}, ${mandate[party].registrationNumber})`},
            {header: t('mandates.forms'), cell: scope},
            {header: t('mandates.validFrom'), cell: mandate => time(mandate.validFrom)},
            {header: t('mandates.validUntil'), cell: mandate => time(mandate.revokedAt ?? mandate.validUntil)},
            {header: t('mandates.stateHeader'), cell: stateTag},
            actions ? {header: t('mandates.actions'), cell: endButton} : null
        ].filter(Boolean)
    });
}

async function showMandates() {
    const {body} = await request('GET', 'mandates');
    fill(given, mandateTable(body.given, {caption: t('mandates.given.caption'), empty: t('mandates.given.empty'),
        party: 'agent', partyHeader: t('mandates.agent'), actions: true}));
    fill(received, mandateTable(body.received, {caption: t('mandates.received.caption'), empty: t('mandates.received.empty'),
        party: 'principal', partyHeader: t('mandates.principal')}));
}

/** A day as the API wants it: the start of the first day, the end of the last, in UTC as every time here. */
function instant(date, endOfDay) {
    return date ? `${date}T${endOfDay ? '23:59:59' : '00:00:00'}Z` : undefined;
}

function grantForm() {
    const form = el('form', {novalidate: true},
        textField({id: 'agent-country', text: t('mandates.grant.country'), hint: t('mandates.grant.countryHint'),
            pointer: '/country', size: 'short'}),
        textField({id: 'agent-registration', text: t('mandates.grant.registration'), pointer: '/registrationNumber'}),
        el('fieldset', {class: 'field', 'aria-describedby': 'grant-forms-hint'},
            el('legend', {class: 'label'}, t('mandates.grant.forms')),
            el('p', {class: 'hint', id: 'grant-forms-hint'}, t('mandates.grant.formsHint')),
            forms.map(f => checkboxField({id: `grant-form-${f.code}`, text: f.title}))),
        textField({id: 'valid-from', text: t('mandates.grant.from'), hint: `${t('mandates.grant.fromHint')} ${t('form.dateFormat')}`,
            size: 'date', pointer: '/validFrom', optional: true, autocomplete: 'off'}),
        textField({id: 'valid-until', text: t('mandates.grant.until'), hint: t('form.dateFormat'), size: 'date',
            pointer: '/validUntil', autocomplete: 'off'}),
        el('button', {type: 'submit', class: 'button'}, t('mandates.grant.submit')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors();
        clearFieldErrors(form);
        const value = id => form.elements[id].value.trim() || undefined;
        // a day the API could not read would come back as a malformed request: said at the field instead
        const badDate = ['valid-from', 'valid-until'].find(id => value(id) && !/^\d{4}-\d{2}-\d{2}$/.test(value(id)));
        if (badDate) {
            setFieldError(form.elements[badDate], t('form.dateFormat'));
            form.elements[badDate].focus();
            return;
        }
        try {
            const {body: mandate} = await request('POST', 'mandates', {json: {
                country: value('agent-country')?.toUpperCase(),
                registrationNumber: value('agent-registration'),
                forms: forms.filter(f => form.elements[`grant-form-${f.code}`].checked).map(f => f.code),
                validFrom: instant(value('valid-from'), false),
                validUntil: instant(value('valid-until'), true)
            }});
            form.reset();
            await showMandates();
            showNotice(pageNotices(), t('mandates.granted', {reference: mandate.reference, agent: mandate.agent.name}));
            focusHeading(document.getElementById('given-title'));
        } catch (problem) {
            showProblem(problem);
        }
    });
    return form;
}

startPage({
    title: 'mandates.title',
    session: 'required',
    render: async () => {
        forms = (await request('GET', 'forms')).body;
        fill(grant, grantForm());
        await showMandates();
    }
});
