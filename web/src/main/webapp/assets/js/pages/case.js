// A case on the clerk's desk (case.html?ref=<reference>): the filing as submitted, then what the
// clerk can do with it now: claim it, or decide it (approve or reject, with a reason).
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {filingRecord} from '../filing-record.js';
import {t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage} from '../layout.js';
import {clearNotice, showNotice} from '../notice.js';

const reference = new URLSearchParams(location.search).get('ref') ?? '';
const path = `cases/${encodeURIComponent(reference)}`;
const heading = document.getElementById('page-title');
const container = document.getElementById('case');
let filing;
let definition;

function text(key, tag = 'p', attributes = {}) {
    return el(tag, attributes, t(key));
}

/** After a claim or a decision: show the case as it is now, say what happened, and lead focus there. */
function done(updated, noticeKey) {
    filing = updated;
    clearErrors();
    show();
    showNotice(pageNotices(), t(noticeKey));
    focusHeading(document.getElementById('case-action') ?? document.getElementById('record-decision'));
}

async function claim() {
    clearNotice(pageNotices());
    try {
        done((await request('POST', `${path}/claim`)).body, 'case.claimed');
    } catch (problem) {
        showProblem(problem);
    }
}

async function decide(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors();
    clearNotice(pageNotices());
    clearFieldErrors(form);
    try {
        // what is missing is the server's to say: an unchosen outcome is sent as missing
        const {body} = await request('POST', `${path}/decision`, {json: {
            outcome: form.elements.outcome.value || undefined,
            reason: form.elements.reason.value
        }});
        done(body, 'case.decided');
    } catch (problem) {
        showProblem(problem);
    }
}

function radio(value, key) {
    const id = `outcome-${value.toLowerCase()}`;
    return el('div', {class: 'radio'},
        el('input', {type: 'radio', class: 'radio__input', id, name: 'outcome', value,
            'data-pointer': value === 'APPROVED' ? '/outcome' : null}),
        el('label', {for: id}, t(key)));
}

function decisionForm() {
    return el('form', {novalidate: true, onsubmit: decide},
        el('fieldset', {class: 'field'},
            el('legend', {class: 'label'}, el('span', {class: 'label-text'}, t('case.outcome'))),
            radio('APPROVED', 'case.approve'),
            radio('REJECTED', 'case.reject')),
        el('div', {class: 'field'},
            el('label', {for: 'reason', class: 'label'}, el('span', {class: 'label-text'}, t('case.reason'))),
            el('p', {class: 'hint', id: 'reason-hint'}, t('case.reasonHint')),
            el('textarea', {id: 'reason', name: 'reason', class: 'textarea', rows: 6, 'data-pointer': '/reason',
                'aria-describedby': 'reason-hint', 'aria-required': 'true'})),
        el('button', {type: 'submit', class: 'button'}, t('case.record')));
}

/** What the clerk can do now, by the case's status: claim a submitted case, decide one in review. */
function action() {
    if (filing.status === 'SUBMITTED') {
        return el('section', {'aria-labelledby': 'case-action', class: 'panel'},
            text('case.claimTitle', 'h2', {id: 'case-action'}),
            text('case.claimText'),
            el('button', {type: 'button', class: 'button', onclick: claim}, t('case.claim')));
    }
    if (filing.status === 'IN_REVIEW') {
        return el('section', {'aria-labelledby': 'case-action', class: 'panel'},
            text('case.decideTitle', 'h2', {id: 'case-action'}),
            text('case.decideText'),
            decisionForm());
    }
    return null;
}

function show() {
    fill(container,
        el('p', {class: 'lead'}, t('case.lead', {form: filing.formTitle, organisation: filing.organisation})),
        action(),
        filingRecord(filing, definition));
}

startPage({
    title: 'case.title',
    session: 'required',
    render: async () => {
        heading.textContent = t('case.heading', {reference});
        setPageTitle(heading.textContent);
        filing = (await request('GET', path)).body;
        definition = (await request('GET', `forms/${encodeURIComponent(filing.form)}`)).body;
        show();
    }
});
