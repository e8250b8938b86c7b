// The messages between the firm and the authority about a submitted filing, the same on the firm's filing
// page and on the clerk's case page: the thread, oldest first, with the files sent; a form to write, with
// files uploaded as they are chosen and sent with the message. What the other side wrote is marked read
// once it has been shown.
import {request, upload} from './api.js';
import {el, fill, focusHeading, hiddenText} from './dom.js';
import {clearErrors, clearFieldErrors, showProblem} from './errors.js';
import {formatBytes, formatDateTime, t} from './i18n.js';
import {clearNotice, createStatusRegion, showNotice} from './notice.js';

const ACCEPTED = 'application/pdf,image/png,image/jpeg';

/** A new Idempotency-Key: a retried send of one message is then not posted twice. */
function newKey() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('');
}

function fileLink(path, file) {
    return el('a', {href: `api/${path}/attachments/${encodeURIComponent(file.id)}`, download: true}, file.fileName);
}

/**
 * path: the thread's API path ('filings/<id>/messages' or 'cases/<reference>/messages'); side: the reader's,
 * 'FIRM' or 'AUTHORITY'. Resolves to the section once the thread is loaded.
 */
export async function messagesSection(path, side) {
    const heading = el('h2', {id: 'messages-title'}, t('messages.title'));
    const thread = el('div', {});
    const status = createStatusRegion();
    let pending = [];
    let key = newKey();

    function message(item, unread) {
        const ours = item.side === side;
        return el('li', {class: `message message--${ours ? 'ours' : 'theirs'}`},
            el('p', {class: 'message__meta'}, unread ? [el('strong', {class: 'tag tag--unread'}, t('messages.new')), ' '] : null,
                el('strong', {}, item.author), `, ${item.organisation} – `,
                el('time', {datetime: item.sentAt}, formatDateTime(item.sentAt))),
            el('p', {class: 'preserve-lines'}, item.text),
            item.attachments.length ? el('ul', {class: 'documents'}, item.attachments.map(file => el('li', {},
                fileLink(path, file), ` – ${formatBytes(file.size)}`))) : null,
            ours ? el('p', {class: 'hint'}, item.readAt
                ? t('messages.read', {time: formatDateTime(item.readAt)}) : t('messages.notRead')) : null);
    }

    /** Shows the thread; what the other side wrote and this side had not read yet is marked new, then read. */
    async function refresh() {
        const {body: items} = await request('GET', path);
        const unread = items.filter(item => item.side !== side && !item.readAt).map(item => item.id);
        fill(thread, items.length
            ? el('ol', {class: 'messages'}, items.map(item => message(item, unread.includes(item.id))))
            : el('p', {}, t('messages.none')));
        if (unread.length) {
            await request('POST', `${path}/read`);
        }
    }

    const files = el('ul', {class: 'documents', id: 'message-files-list'});
    const input = el('input', {type: 'file', id: 'message-files', class: 'file', multiple: true, accept: ACCEPTED,
        'data-pointer': '/attachments', 'aria-describedby': 'message-files-hint message-files-list'});
    const bar = el('progress', {id: 'message-files-progress', max: 1, value: 0});
    const barLabel = el('label', {for: bar.id});
    const progress = el('div', {class: 'upload__progress', hidden: true}, barLabel, bar);
    const uploadStatus = createStatusRegion('upload__status');

    /** Discards an uploaded file before it is sent: the gateway keeps nothing of it. */
    async function discard(file) {
        clearErrors();
        try {
            await request('DELETE', `${path}/attachments/${encodeURIComponent(file.id)}`);
            pending = pending.filter(other => other !== file);
            showPending();
            showNotice(uploadStatus, t('messages.removed', {name: file.fileName}));
            input.focus();
        } catch (problem) {
            showProblem(problem);
        }
    }

    function showPending() {
        fill(files, pending.map(file => el('li', {}, fileLink(path, file), ` – ${formatBytes(file.size)} `,
            el('button', {type: 'button', class: 'button button--secondary', onclick: () => discard(file)},
                t('messages.remove'), hiddenText(` ${file.fileName}`)))));
    }

    /** Uploads the chosen files one after the other; a refusal (413, 415) is shown against the file input. */
    input.addEventListener('change', async () => {
        clearErrors();
        clearFieldErrors(form);
        for (const file of input.files) {
            barLabel.textContent = t('messages.uploading', {name: file.name});
            bar.value = 0;
            progress.hidden = false;
            try {
                const {body} = await upload(`${path}/attachments`, file, fraction => { bar.value = fraction; });
                pending.push(body);
                showPending();
                showNotice(uploadStatus, t('messages.uploaded', {name: body.fileName}));
            } catch (problem) {
                showProblem(problem.violations ? problem : {title: problem.title, status: problem.status,
                    violations: [{pointer: '/attachments', label: t('messages.files'), message: `${file.name}: ${problem.detail}`}]});
                break;
            } finally {
                progress.hidden = true;
            }
        }
        input.value = '';
    });

    const form = el('form', {novalidate: true, class: 'panel'},
        el('h3', {}, t('messages.write')),
        el('div', {class: 'field'},
            el('label', {for: 'message-text', class: 'label'}, el('span', {class: 'label-text'}, t('messages.text'))),
            el('p', {class: 'hint', id: 'message-text-hint'}, t('messages.textHint')),
            el('textarea', {id: 'message-text', name: 'text', class: 'textarea', rows: 5, 'data-pointer': '/text',
                'aria-describedby': 'message-text-hint'})),
        el('div', {class: 'field upload'},
            el('label', {for: input.id, class: 'label'}, el('span', {class: 'label-text'}, t('messages.files'))),
            el('p', {class: 'hint', id: 'message-files-hint'}, t('messages.filesHint')),
            input, progress, files, uploadStatus),
        el('button', {type: 'submit', class: 'button'}, t('messages.send')));

    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors();
        clearFieldErrors(form);
        clearNotice(status);
        try {
            await request('POST', path, {json: {text: form.elements.text.value, attachments: pending.map(file => file.id)},
                headers: {'Idempotency-Key': key}});
            key = newKey();
            pending = [];
            showPending();
            clearNotice(uploadStatus);
            form.reset();
            await refresh();
            showNotice(status, t('messages.sent'));
            focusHeading(heading);
        } catch (problem) {
            showProblem(problem);
        }
    });

    await refresh();
    // a notice's link leads here (page#messages): once the page has placed the section, take the reader to it
    if (location.hash === '#messages') {
        setTimeout(() => focusHeading(heading));
    }
    return el('section', {'aria-labelledby': heading.id, id: 'messages'},
        heading,
        el('p', {class: 'hint'}, t(`messages.intro.${side}`)),
        status,
        thread,
        form);
}
