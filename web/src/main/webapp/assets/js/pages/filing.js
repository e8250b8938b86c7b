// A filing: filing.html?form=<code> starts one, filing.html?id=<id> resumes a draft, or a filing the
// authority asked to complete, or shows a submitted filing. A draft is filled in over steps (the fields, the documents, a check of everything
// before submitting); it is saved whenever the user leaves a changed field, moves between steps or
// asks to save, and the server says what is wrong with it.
import {answerRows, attachmentRows, summaryList} from '../answers.js';
import {Problem, request} from '../api.js';
import {controlFor, el, fill, focusHeading} from '../dom.js';
import {Draft} from '../draft.js';
import {clearErrors, clearFieldError, clearFieldErrors, setFieldError, showProblem} from '../errors.js';
import {download, feePayment, filingPath, filingRecord} from '../filing-record.js';
import {applyConditions, definitionText, readFields, renderField} from '../form-renderer.js';
import {formatDateTime, formatMoney, localised, t} from '../i18n.js';
import {pageNotices, setPageTitle, startPage} from '../layout.js';
import {messagesSection} from '../messages.js';
import {announce, clearNotice, createStatusRegion, showNotice} from '../notice.js';
import {attachmentField} from '../upload.js';

const container = document.getElementById('filing');
const heading = document.getElementById('page-title');

// The form's definition, the draft, the step shown, and whether the filing was submitted during
// this visit (so that the confirmation survives a change of language).
let state;
// While a draft is shown: its <form>, the step sections, the notice regions under the buttons and
// atop the last step, and whether an input changed since the last save.
let form;
let sections;
let status;
let reviewStatus;
let dirty = false;

async function load() {
    const params = new URLSearchParams(location.search);
    const draft = params.has('id') ? await Draft.open(params.get('id'))
        : new Draft(params.get('form'), null, null, params.get('mandate'));
    if (!draft.form) {
        throw new Problem({title: t('filing.noForm.title'), detail: t('filing.noForm.detail')});
    }
    // a filing is shown with the version of the form it began on, which may since have been retired
    const {body: definition} = await request('GET', draft.filing
        ? `forms/${encodeURIComponent(draft.form)}/versions/${draft.filing.formVersion}`
        : `forms/${encodeURIComponent(draft.form)}`);
    return {definition, draft, step: 0, submittedNow: false, completedNow: false};
}

function currentData() {
    return readFields(form, state.definition, state.draft.filing?.data ?? {});
}

/** Saves the draft. The first save makes it, and the address then names it, so that a reload resumes it. */
async function save() {
    const creating = !state.draft.filing;
    // cleared first: a failed save must not be retried by every field the focus passes through
    // afterwards; what did not get saved is still different from the draft, so the next save sends it
    dirty = false;
    await state.draft.save(currentData());
    if (creating) {
        history.replaceState(null, '', `filing.html?id=${encodeURIComponent(state.draft.filing.id)}`);
    }
}

/** Shows a problem; an edit conflict (412) comes with the offer to load the version saved meanwhile. */
function report(problem) {
    if (problem.status === undefined) {
        throw problem;
    }
    const actions = problem.status === 412
        ? [el('button', {type: 'button', class: 'button', onclick: reload}, t('filing.conflict.reload'))]
        : [];
    showProblem(problem, {actions});
}

async function reload() {
    try {
        await state.draft.reload();
        clearErrors();
        await showDraft(state.draft.filing.data);
        showNotice(pageNotices(), t('filing.conflict.reloaded'));
        focusHeading(heading);
    } catch (problem) {
        report(problem);
    }
}

/** Inline validation: when a changed field loses focus, save, ask the server, and show that field's violation only. */
async function leaveField(event) {
    const control = event.target;
    if (!dirty || !control.dataset.pointer || control.type === 'file') {
        return;
    }
    try {
        await save();
        const violation = (await state.draft.check()).violations.find(v => v.pointer === control.dataset.pointer);
        if (violation) {
            setFieldError(control, violation.message);
            announce(t('errors.item', {label: violation.label, message: violation.message}));
        } else {
            clearFieldError(control);
        }
    } catch (problem) {
        report(problem);
    }
}

/** Uploads a document for a slot. A refusal (413, 415…) is shown against the file input, inline and in the summary. */
async function attach(slot, file, onProgress) {
    const pointer = `/attachments/${slot.name}`;
    try {
        await save();
        const held = await state.draft.attach(slot.name, file, onProgress);
        clearErrors();
        clearFieldError(controlFor(pointer));
        return held;
    } catch (problem) {
        report(problem.violations || problem.status === 412 ? problem : {
            title: problem.title, status: problem.status,
            violations: [{pointer, label: localised(slot.label).text, message: problem.detail}]
        });
        return null;
    }
}

/**
 * The last step: the answers as saved, with links to change them, everything submission would refuse,
 * and the advisories, which do not stop it.
 */
async function review() {
    const {definition, draft} = state;
    const {violations, advisories, fee} = await draft.check();
    sections.at(-1).querySelector('.review').replaceChildren(
        advisories.length ? advisoryPanel(advisories) : '',
        fee ? el('p', {class: 'panel'}, t('filing.review.fee', {amount: formatMoney(fee.amount, fee.currency)})) : '',
        summaryList([
            ...answerRows(definition, draft.filing.data),
            ...attachmentRows(definition, draft.filing.attachments)
        ], {changeLinks: true}));
    clearFieldErrors(form);
    if (violations.length) {
        clearNotice(reviewStatus);
        showProblem({title: t('filing.review.problems'), detail: t('filing.review.problemsDetail'), violations});
    } else {
        clearErrors();
        showNotice(reviewStatus, t('filing.review.ready'), {kind: 'info'});
    }
}

function advisoryPanel(advisories) {
    return el('div', {class: 'panel advisories'},
        el('h3', {}, t('filing.review.advisories')),
        el('ul', {}, advisories.map(advisory => el('li', {},
            el('strong', {}, advisory.label), ' ', advisory.message,
            advisory.legalBasis ? el('span', {class: 'why__basis'}, ` (${advisory.legalBasis})`) : null))));
}

function button(key, onclick, className = 'button button--secondary') {
    return el('button', {type: 'button', class: className, onclick}, t(key));
}

/** Shows one step: its section, its place in the list of steps, and the buttons that fit it. */
function show(step) {
    state.step = step;
    const last = step === sections.length - 1;
    sections.forEach((section, i) => { section.hidden = i !== step; });
    form.querySelectorAll('.steps li').forEach((item, i) => {
        if (i === step) {
            item.setAttribute('aria-current', 'step');
        } else {
            item.removeAttribute('aria-current');
        }
    });
    fill(form.querySelector('.form-actions'),
        step > 0 ? button('filing.back', () => go(step - 1)) : null,
        el('button', {type: 'submit', class: 'button'},
            t(last ? (completing() ? 'filing.completion.send' : 'filing.submit') : 'filing.continue')),
        button('filing.saveDraft', saveAsDraft));
}

async function go(step) {
    clearNotice(status);
    try {
        await save();
        show(step);
        focusHeading(sections[step].querySelector('h2'));
        if (step === sections.length - 1) {
            await review();
        }
    } catch (problem) {
        report(problem);
    }
}

async function saveAsDraft() {
    try {
        await save();
        showNotice(status, t('filing.saved', {time: formatDateTime(state.draft.filing.updatedAt)}),
            {extra: el('p', {}, el('a', {href: 'workspace.html'}, t('filing.toWorkspace')))});
    } catch (problem) {
        report(problem);
    }
}

/** Submits the draft, or sends again the filing the authority asked to complete. */
async function submit() {
    try {
        await save();
        if (completing()) {
            await state.draft.complete();
            state.completedNow = true;
        } else {
            await state.draft.submit();
            state.submittedNow = true;
        }
        clearErrors();
        await showRecord();
    } catch (problem) {
        report(problem);
    }
}

function completing() {
    return state.draft.filing?.status === 'TO_COMPLETE';
}

/** What the authority asks the firm to complete, and by when. */
function completionRequest() {
    const {missing, due} = state.draft.filing.completion;
    return el('div', {class: 'panel'},
        el('h2', {}, t('filing.completion.title')),
        el('p', {class: 'preserve-lines'}, missing),
        el('p', {}, t('filing.completion.due', {due: formatDateTime(due)})));
}

/** A step of the gateway's own: its name, title and introduction come from the interface's texts. */
function ownStep(key, content) {
    return {key, name: t(`filing.steps.${key}.name`), title: t(`filing.steps.${key}.title`),
        intro: t(`filing.steps.${key}.intro`), content};
}

/** The form's own steps, as its definition groups the fields; one "details" step if it does not. */
function fieldSteps(data) {
    const {definition} = state;
    const field = pointer => definition.ui.fields.find(f => f.pointer === pointer);
    const render = f => renderField(f, definition.schema, data);
    if (!definition.ui.steps) {
        return [ownStep('details', definition.ui.fields.map(render))];
    }
    return definition.ui.steps.map((step, i) => ({key: `form-${i}`, name: definitionText(step.title),
        title: definitionText(step.title), intro: t('filing.steps.details.intro'),
        content: step.fields.map(pointer => render(field(pointer)))}));
}

function steps(data) {
    const {definition, draft} = state;
    const documents = definition.attachments ?? [];
    return [
        ...fieldSteps(data),
        documents.length && ownStep('documents', documents.map(slot => attachmentField(slot,
            draft.filing?.attachments.find(attachment => attachment.slot === slot.name),
            (file, onProgress) => attach(slot, file, onProgress)))),
        ownStep('review', [reviewStatus, el('div', {class: 'review'})])
    ].filter(Boolean);
}

/** Says so when an intermediary fills the draft in for a client, under which mandate. */
function onBehalfNote() {
    const {filing, mandate} = state.draft;
    if (filing?.onBehalf) {
        return el('div', {class: 'notice notice--info'}, el('p', {},
            t('filing.onBehalf', {organisation: filing.organisation, mandate: filing.onBehalf.mandate})));
    }
    return mandate ? el('div', {class: 'notice notice--info'}, el('p', {}, t('filing.underMandate', {mandate}))) : null;
}

async function showDraft(data) {
    reviewStatus = createStatusRegion();
    const parts = steps(data);
    sections = parts.map((part, i) => el('section', {'data-step': i, 'aria-labelledby': `step-${part.key}`},
        el('h2', {id: `step-${part.key}`}, part.title),
        el('p', {class: 'hint'}, part.intro),
        part.content));
    status = createStatusRegion();
    form = el('form', {novalidate: true, class: 'filing-form'},
        el('ol', {class: 'steps', 'aria-label': t('filing.steps.label')},
            parts.map(part => el('li', {}, part.name))),
        sections,
        el('div', {class: 'form-actions'}),
        el('p', {class: 'hint'}, t('filing.autosave')),
        status);
    form.addEventListener('submit', event => {
        event.preventDefault();
        if (state.step === sections.length - 1) {
            submit();
        } else {
            go(state.step + 1);
        }
    });
    form.addEventListener('input', () => {
        dirty = true;
        applyConditions(form, state.definition);
    });
    form.addEventListener('focusout', leaveField);
    // an error link or a "change" link leads to a field on another step: show that step
    form.addEventListener('reveal', event => show(Number(event.target.closest('[data-step]').dataset.step)));
    container.replaceChildren(el('p', {class: 'lead'}, definitionText(state.definition.description)),
        onBehalfNote(), completing() ? completionRequest() : '', form, completing() ? await messages() : '');
    applyConditions(form, state.definition);
    show(Math.min(state.step, sections.length - 1));
    if (state.step === sections.length - 1) {
        await review();
    }
}

/** The fee and how to pay it, for a submitted filing of a form with a fee. */
async function feeOf(filing, definition) {
    return definition.fee && filing.submission ? (await request('GET', `filings/${encodeURIComponent(filing.id)}/fee`)).body : null;
}

/** The filing's messages with the authority, once it is submitted. */
function messages() {
    return messagesSection(`filings/${encodeURIComponent(state.draft.filing.id)}/messages`, 'FIRM');
}

async function showRecord() {
    const {definition, draft: {filing}} = state;
    const fee = await feeOf(filing, definition);
    form = null;
    if (state.completedNow) {
        fill(container, el('div', {class: 'panel panel--success'},
            el('h2', {}, t('filing.completion.sent')), el('p', {}, t('filing.completion.next'))), filingRecord(filing, definition),
            await messages());
        focusHeading(container.querySelector('h2'));
        return;
    }
    const confirmation = state.submittedNow ? el('div', {class: 'panel panel--success'},
        el('h2', {}, t('filing.submitted.title')),
        el('p', {}, t('filing.submitted.reference'), ' ', el('strong', {class: 'panel__value'}, filing.submission.reference)),
        el('p', {}, t('filing.submitted.code'), ' ', el('strong', {class: 'panel__value'}, filing.submission.verificationCode)),
        el('p', {}, t('filing.submitted.next')),
        el('p', {}, download(`${filingPath(filing)}/receipt`, 'filing.submitted.receipt'))) : null;
    fill(container, confirmation, fee && feePayment(fee), filingRecord(filing, definition), await messages());
    if (confirmation) {
        focusHeading(confirmation.querySelector('h2'));
    }
}

async function render() {
    // a change of language draws the form again: keep what was typed, even if not saved yet
    const typed = form && currentData();
    state ??= await load();
    heading.replaceChildren(definitionText(state.definition.title));
    setPageTitle(heading.textContent);
    if (state.draft.filing && state.draft.filing.status !== 'DRAFT' && !completing()) {
        await showRecord();
    } else {
        await showDraft(typed || state.draft.filing?.data || {});
    }
}

startPage({title: 'filing.title', session: 'required', render});
