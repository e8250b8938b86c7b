// A case on the clerk's desk (case.html?ref=<reference>): the filing as submitted, then what the
// clerk can do with it now: claim it, or decide it (approve or reject, with a reason); give it to a
// colleague (with a reason when someone holds it), the messages with the firm, private notes, and the
// case's whole history.
import {request} from '../api.js';
import {el, fill, focusHeading} from '../dom.js';
import {clearErrors, showProblem} from '../errors.js';
import {filingRecord} from '../filing-record.js';
import {formatDateTime, t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage, submitting} from '../layout.js';
import {messagesSection} from '../messages.js';
import {clearNotice, showNotice} from '../notice.js';

const reference = new URLSearchParams(location.search).get('ref') ?? '';
const path = `cases/${encodeURIComponent(reference)}`;
const heading = document.getElementById('page-title');
const container = document.getElementById('case');
let filing;
let definition;
let clerks = [];
let notes = [];
let history = [];
let messages;

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
        const {body} = await request('POST', `${path}/claim`);
        await refreshInternal();
        done(body, 'case.claimed');
    } catch (problem) {
        showProblem(problem);
    }
}

// what is missing is the server's to say: an unchosen outcome is sent as missing
const decide = submitting(async form => {
    const {body} = await request('POST', `${path}/decision`, {json: {
        outcome: form.elements.outcome.value || undefined,
        reason: form.elements.reason.value
    }});
    await refreshInternal();
    done(body, 'case.decided');
});

const requestCompletion = submitting(async form => {
    const {body} = await request('POST', `${path}/completion-request`, {json: {missing: form.elements.missing.value}});
    await refreshInternal();
    done(body, 'case.completionRequested');
});

/** Ask the firm for what is missing instead of deciding now. */
function completionForm() {
    return el('form', {novalidate: true, onsubmit: requestCompletion},
        el('h3', {}, t('case.completionTitle')),
        el('p', {}, t('case.completionText')),
        textArea('missing', 'case.missing', 'case.missingHint', '/missing'),
        el('button', {type: 'submit', class: 'button button--secondary'}, t('case.requestCompletion')));
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
            decisionForm(),
            completionForm());
    }
    return null;
}

const assign = submitting(async form => {
    const {body} = await request('POST', `${path}/assignment`, {json: {
        assignee: form.elements.assignee.value || undefined,
        reason: form.elements['assignment-reason'].value
    }});
    await refreshInternal();
    done(body, 'case.assigned');
});

const addNote = submitting(async form => {
    notes = (await request('POST', `${path}/notes`, {json: {text: form.elements.note.value}})).body;
    show();
    showNotice(pageNotices(), t('case.noteAdded'));
    focusHeading(document.getElementById('case-notes'));
});

function textArea(id, labelKey, hintKey, pointer) {
    return el('div', {class: 'field'},
        el('label', {for: id, class: 'label'}, el('span', {class: 'label-text'}, t(labelKey))),
        hintKey ? el('p', {class: 'hint', id: `${id}-hint`}, t(hintKey)) : null,
        el('textarea', {id, name: id, class: 'textarea', rows: 3, 'data-pointer': pointer,
            'aria-describedby': hintKey ? `${id}-hint` : null}));
}

/** Give the open case to a clerk of the authority; taking it from another clerk needs a reason. */
function assignment() {
    if (filing.status !== 'SUBMITTED' && filing.status !== 'IN_REVIEW') {
        return null;
    }
    return el('section', {'aria-labelledby': 'case-assignment'},
        el('h2', {id: 'case-assignment'}, t('case.assignTitle')),
        el('form', {novalidate: true, onsubmit: assign},
            el('div', {class: 'field'},
                el('label', {for: 'assignee', class: 'label'}, el('span', {class: 'label-text'}, t('case.assignee'))),
                el('select', {id: 'assignee', name: 'assignee', class: 'select', 'data-pointer': '/assignee'},
                    el('option', {value: ''}, t('form.choose')),
                    clerks.map(clerk => el('option', {value: clerk.username}, clerk.displayName)))),
            textArea('assignment-reason', 'case.assignReason', 'case.assignReasonHint', '/reason'),
            el('button', {type: 'submit', class: 'button button--secondary'}, t('case.assign'))));
}

function notesSection() {
    return el('section', {'aria-labelledby': 'case-notes'},
        el('h2', {id: 'case-notes', tabindex: '-1'}, t('case.notesTitle')),
        el('p', {class: 'hint'}, t('case.notesPrivate')),
        notes.length
            ? el('ul', {class: 'notes'}, notes.map(note => el('li', {},
                el('p', {class: 'preserve-lines'}, note.text),
                el('p', {class: 'hint'}, `${note.author}, `, el('time', {datetime: note.writtenAt}, formatDateTime(note.writtenAt))))))
            : el('p', {}, t('case.noNotes')),
        el('form', {novalidate: true, onsubmit: addNote},
            textArea('note', 'case.note', null, '/text'),
            el('button', {type: 'submit', class: 'button button--secondary'}, t('case.addNote'))));
}

function historySection() {
    return el('section', {'aria-labelledby': 'case-history'},
        el('h2', {id: 'case-history'}, t('case.historyTitle')),
        el('ol', {class: 'history'}, history.map(step => el('li', {},
            el('time', {datetime: step.at}, formatDateTime(step.at)), ' – ', t(`history.${step.kind}`),
            step.actor ? ` (${step.actor})` : '',
            step.assignee && step.kind === 'ASSIGNED' ? [' → ', step.assignee] : null,
            step.reason && step.kind === 'ASSIGNED' ? [': ', el('q', {}, step.reason)] : null))));
}

async function refreshInternal() {
    [notes, history] = await Promise.all([
        request('GET', `${path}/notes`).then(reply => reply.body),
        request('GET', `${path}/history`).then(reply => reply.body)]);
}

function show() {
    fill(container,
        el('p', {class: 'lead'}, t('case.lead', {form: filing.formTitle, organisation: filing.organisation})),
        action(),
        filingRecord(filing, definition),
        messages,
        assignment(),
        notesSection(),
        historySection());
}

startPage({
    title: 'case.title',
    session: 'required',
    render: async () => {
        heading.textContent = t('case.heading', {reference});
        setPageTitle(heading.textContent);
        filing = (await request('GET', path)).body;
        // the version the filing began on, which may since have been retired
        definition = (await request('GET', `forms/${encodeURIComponent(filing.form)}/versions/${filing.formVersion}`)).body;
        clerks = (await request('GET', 'cases/clerks')).body;
        await refreshInternal();
        messages = await messagesSection(`${path}/messages`, 'AUTHORITY');
        show();
    }
});
