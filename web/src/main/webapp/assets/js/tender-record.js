// What the tender pages share: where a call for tenders lives in the API, its statuses in words,
// amounts of money, deadlines as people type them, and rows of label and value.
import {el} from './dom.js';
import {formatDateTime, language, t} from './i18n.js';

export function publicPath(reference) {
    return `public/tenders/${encodeURIComponent(reference)}`;
}

export function tenderLink(tender) {
    return el('a', {href: `tender.html?ref=${encodeURIComponent(tender.reference)}`}, tender.title);
}

/** A tender's or a bid's status in words; its colour only repeats what the words say. */
export function statusTag(kind, status) {
    return el('strong', {class: `tag tag--${status.toLowerCase()}`}, t(`tenders.status.${kind}.${status}`));
}

export function money(value, currency = 'EUR') {
    return new Intl.NumberFormat(language(), {style: 'currency', currency}).format(value);
}

export function time(iso) {
    return iso ? el('time', {datetime: iso}, formatDateTime(iso)) : t('tenders.none');
}

/** Whether a moment (ISO) lies ahead. */
export function ahead(iso) {
    return Boolean(iso) && Date.parse(iso) > Date.now();
}

/** A description list of [text key, value] rows. */
export function details(rows) {
    return el('dl', {class: 'summary-list'}, rows.filter(Boolean).map(([key, value]) =>
        el('div', {class: 'summary-list__row'}, el('dt', {}, t(key)), el('dd', {}, value))));
}

const pad = number => String(number).padStart(2, '0');

/**
 * An instant as people type it, in their own time zone: 2027-03-31 12:00 (seconds only when there are
 * some). Text that is no instant (typed so, and sent back as it was) stays as it is.
 */
export function localInput(iso) {
    if (!iso) {
        return '';
    }
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) {
        return iso;
    }
    const seconds = d.getSeconds() ? `:${pad(d.getSeconds())}` : '';
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}${seconds}`;
}

/**
 * What was typed as a local date and time, as the instant the API takes; text that does not parse is
 * sent as it is, so that the server says what is wrong with it, and an empty field is left out.
 */
export function instantFrom(text) {
    const typed = text.trim();
    const parts = typed.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/);
    if (!parts) {
        return typed || undefined;
    }
    const [, year, month, day, hours, minutes, seconds] = parts.map(part => Number(part ?? 0));
    const instant = new Date(year, month - 1, day, hours, minutes, seconds);
    return Number.isNaN(instant.getTime()) ? typed : instant.toISOString().replace('.000Z', 'Z');
}

/** A number as typed, or the text itself when it is none (the server then says so). */
export function numberFrom(text) {
    const typed = text.trim().replace(',', '.');
    if (typed === '') {
        return undefined;
    }
    return Number.isFinite(Number(typed)) ? Number(typed) : text.trim();
}

export function hasRole(session, role) {
    return Boolean(session?.roles.includes(role));
}
