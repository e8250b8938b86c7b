// A document the form asks for: a file input that uploads as soon as a file is chosen, with a
// progress bar while it goes, and the file the gateway holds for it now.
import {el} from './dom.js';
import {fieldLabel} from './form-renderer.js';
import {formatBytes, t} from './i18n.js';
import {createStatusRegion, showNotice} from './notice.js';

/** "PDF" rather than "application/pdf": the part of a media type people know. */
function typeName(mediaType) {
    return mediaType.split('/').pop().split('+')[0].toUpperCase();
}

function currentFile(attachment) {
    return attachment ? t('upload.current', {name: attachment.fileName, size: formatBytes(attachment.size)}) : t('upload.none');
}

/**
 * slot: the definition's attachment ({name, label, required, mediaTypes, maxBytes}); attachment:
 * the file uploaded for it so far, if any; send(file, onProgress) uploads and resolves to the
 * attachment now held, or to null when it failed (send has told the user why).
 */
export function attachmentField(slot, attachment, send) {
    const id = `attachment-${slot.name}`;
    const hint = el('p', {class: 'hint', id: `${id}-hint`}, t('upload.hint', {
        types: slot.mediaTypes.map(typeName).join(', '), size: formatBytes(slot.maxBytes)
    }));
    const current = el('p', {class: 'upload__current', id: `${id}-current`}, currentFile(attachment));
    const input = el('input', {
        type: 'file', id, class: 'file', accept: slot.mediaTypes.join(','), 'data-pointer': `/attachments/${slot.name}`,
        'aria-describedby': `${hint.id} ${current.id}`, 'aria-required': slot.required ? 'true' : null
    });
    const bar = el('progress', {id: `${id}-progress`, max: 1, value: 0});
    const barLabel = el('label', {for: bar.id});
    const progress = el('div', {class: 'upload__progress', hidden: true}, barLabel, bar);
    const status = createStatusRegion('upload__status');

    input.addEventListener('change', async () => {
        const [file] = input.files;
        if (!file) {
            return;
        }
        barLabel.textContent = t('upload.sending', {name: file.name});
        bar.value = 0;
        progress.hidden = false;
        const held = await send(file, fraction => { bar.value = fraction; });
        progress.hidden = true;
        input.value = '';
        if (held) {
            current.textContent = currentFile(held);
            showNotice(status, t('upload.done', {name: held.fileName}));
        }
    });
    return el('div', {class: 'field upload'}, fieldLabel(id, slot.label, slot.required), hint, current, input, progress, status);
}
