// The interface's language and its texts. Which languages exist is data (i18n/languages.json, the
// first one being the fallback), so a further language is its dictionary plus a line in that list.

const STORAGE_KEY = 'gateway.language';
const FOLDER = new URL('../i18n/', import.meta.url);

let languages = [];
let current;
let texts = {};

async function fetchJson(url) {
    const response = await fetch(url);
    if (!response.ok) {
        throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
}

/** The user's own choice first, then the browser's preferred languages, else the first listed. */
function chosenLanguage() {
    const tags = languages.map(language => language.tag);
    const stored = localStorage.getItem(STORAGE_KEY);
    if (tags.includes(stored)) {
        return stored;
    }
    for (const wanted of navigator.languages ?? [navigator.language]) {
        const match = tags.find(tag => tag.toLowerCase() === wanted.toLowerCase())
            ?? tags.find(tag => tag.toLowerCase() === wanted.split('-')[0].toLowerCase());
        if (match) {
            return match;
        }
    }
    return tags[0];
}

async function load(tag) {
    texts = await fetchJson(new URL(`${tag}.json`, FOLDER));
    current = tag;
    document.documentElement.lang = tag;
}

export async function initI18n() {
    languages = await fetchJson(new URL('languages.json', FOLDER));
    await load(chosenLanguage());
}

/** Switches the interface to the language the user picked, and remembers the choice on this device. */
export async function chooseLanguage(tag) {
    localStorage.setItem(STORAGE_KEY, tag);
    await load(tag);
}

export function language() {
    return current;
}

export function availableLanguages() {
    return languages;
}

/** The text under a dotted key, with {name} placeholders filled in from params. */
export function t(key, params = {}) {
    const text = key.split('.').reduce((node, part) => node?.[part], texts);
    if (typeof text !== 'string') {
        console.warn(`no ${current} text for ${key}`);
        return key;
    }
    return text.replace(/\{(\w+)\}/g, (placeholder, name) => (name in params ? String(params[name]) : placeholder));
}

/**
 * Applies the dictionary to static markup: data-i18n names the key of an element's text,
 * data-i18n-label that of its aria-label, data-i18n-placeholder that of its placeholder.
 */
export function translate(root = document) {
    root.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
    root.querySelectorAll('[data-i18n-label]').forEach(element => {
        element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    });
}

/**
 * Picks the current language from a text given in several ({en: …, fr: …}), as form definitions
 * give labels. When that language is missing it falls back to the first listed language, and says
 * which one it used so that the element can carry the right lang attribute.
 */
export function localised(variants) {
    if (!variants) {
        return {text: '', lang: current};
    }
    const lang = [current, languages[0]?.tag].find(tag => variants[tag] !== undefined) ?? Object.keys(variants)[0];
    return {text: variants[lang] ?? '', lang};
}

export function formatDateTime(iso) {
    return iso ? new Intl.DateTimeFormat(current, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(iso)) : '';
}

/** A day (YYYY-MM-DD) as people read it, without the time zone shifting it. */
export function formatDate(day) {
    return day ? new Intl.DateTimeFormat(current, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${day}T00:00:00Z`)) : '';
}

/** An amount of money in the page's language: 182,00 €. */
export function formatMoney(amount, currency) {
    return new Intl.NumberFormat(current, {style: 'currency', currency}).format(amount);
}

/** A size in bytes as people read it: 5 MB, 120 kB. */
export function formatBytes(bytes) {
    const units = [['megabyte', 1024 * 1024], ['kilobyte', 1024]];
    const [unit, size] = units.find(([, size]) => bytes >= size) ?? ['byte', 1];
    return new Intl.NumberFormat(current, {style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1})
        .format(bytes / size);
}
