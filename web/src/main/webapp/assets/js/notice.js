// Notices: messages that tell the user something happened (saved, signed out, uploaded). They live
// in role="status" regions, which screen readers announce without moving focus. A region must be in
// the page before its text changes to be announced, so regions are created empty and filled later.
import {el, fill} from './dom.js';

export function createStatusRegion(className = 'notices') {
    return el('div', {class: className, role: 'status'});
}

/**
 * Shows a notice in a region; kind is "success" or "info" (the text says what happened, the colour
 * only repeats it). extra: further nodes, such as a link to go on from there.
 */
export function showNotice(region, text, {kind = 'success', extra = []} = {}) {
    fill(region, el('div', {class: `notice notice--${kind}`}, el('p', {}, text), extra));
}

export function clearNotice(region) {
    region.replaceChildren();
}

let announcer;

/** The page's region for announcements to screen readers only; the layout puts it in the page. */
export function createAnnouncer() {
    announcer = createStatusRegion('visually-hidden');
    return announcer;
}

/** Tells screen reader users of a change they would otherwise miss, such as an error on a field they just left. */
export function announce(text) {
    announcer.textContent = text;
}
