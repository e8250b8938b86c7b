// The gateway's JSON API, as the browser calls it: in the interface's language, with the session's
// CSRF token on every change, and with every failure turned into an RFC 9457 problem.
import {language, t} from './i18n.js';

// sessionStorage: the token belongs to this tab's session and must not outlive it.
const CSRF_KEY = 'gateway.csrfToken';
const SAFE_METHODS = ['GET', 'HEAD'];

/** An API failure: the problem's type, title, status, detail and, for invalid data, its violations. */
export class Problem extends Error {
    constructor(problem) {
        super(problem.title);
        Object.assign(this, problem);
    }
}

export function rememberCsrfToken(token) {
    sessionStorage.setItem(CSRF_KEY, token);
}

export function forgetCsrfToken() {
    sessionStorage.removeItem(CSRF_KEY);
}

/** The sign-in page, asked to come back here afterwards. */
function signInUrl() {
    const here = location.pathname.split('/').pop() + location.search;
    return `sign-in.html?next=${encodeURIComponent(here)}`;
}

function headersFor(method, extra) {
    const headers = {'Accept': 'application/json', 'Accept-Language': language(), ...extra};
    const token = sessionStorage.getItem(CSRF_KEY);
    if (!SAFE_METHODS.includes(method) && token) {
        headers['X-CSRF-Token'] = token;
    }
    return headers;
}

function parse(text, contentType) {
    return text && /json/.test(contentType ?? '') ? JSON.parse(text) : null;
}

/**
 * The problem an unsuccessful answer stands for. A 401 means the session is over: the browser goes
 * to sign-in, and the caller gets a promise that never settles, so that no page shows an error on
 * its way out.
 */
function failure(status, body, signInWhenUnauthorized) {
    if (status === 401 && signInWhenUnauthorized) {
        location.assign(signInUrl());
        return new Promise(() => {});
    }
    return Promise.reject(new Problem(body?.title ? body
        : {status, title: t('problems.unexpected.title'), detail: t('problems.unexpected.detail', {status})}));
}

function unreachable() {
    return new Problem({status: 0, title: t('problems.unreachable.title'), detail: t('problems.unreachable.detail')});
}

/**
 * Calls the API: request('PUT', 'filings/1/data', {json: {...}, headers: {'If-Match': etag}}).
 * Resolves to {status, body, etag}; rejects with a Problem.
 */
export async function request(method, path, {json, headers = {}, signInWhenUnauthorized = true} = {}) {
    const extra = json === undefined ? headers : {'Content-Type': 'application/json', ...headers};
    let response;
    try {
        response = await fetch(`api/${path}`, {
            method,
            headers: headersFor(method, extra),
            body: json === undefined ? undefined : JSON.stringify(json),
            credentials: 'same-origin'
        });
    } catch {
        throw unreachable();
    }
    const body = parse(await response.text(), response.headers.get('Content-Type'));
    if (!response.ok) {
        return failure(response.status, body, signInWhenUnauthorized);
    }
    return {status: response.status, body, etag: response.headers.get('ETag')};
}

/** RFC 8187 value of filename*: encodeURIComponent leaves a few characters that the RFC does not allow. */
function encodeFileName(name) {
    return encodeURIComponent(name).replace(/['()*!]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Uploads a file as the raw request body. XMLHttpRequest rather than fetch, because only it reports
 * upload progress: onProgress gets the fraction sent so far.
 */
export function upload(path, file, onProgress) {
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `api/${path}`);
        const headers = headersFor('POST', {
            'Content-Type': file.type || 'application/octet-stream',
            'Content-Disposition': `attachment; filename*=UTF-8''${encodeFileName(file.name)}`
        });
        Object.entries(headers).forEach(([name, value]) => xhr.setRequestHeader(name, value));
        xhr.upload.addEventListener('progress', event => {
            if (event.lengthComputable) {
                onProgress(event.loaded / event.total);
            }
        });
        xhr.addEventListener('load', () => {
            const body = parse(xhr.responseText, xhr.getResponseHeader('Content-Type'));
            if (xhr.status >= 200 && xhr.status < 300) {
                resolve({status: xhr.status, body, etag: xhr.getResponseHeader('ETag')});
            } else {
                failure(xhr.status, body, true).then(resolve, reject);
            }
        });
        xhr.addEventListener('error', () => reject(unreachable()));
        xhr.send(file);
    });
}

/** The file name a Content-Disposition header gives, if any. */
function fileNameIn(disposition) {
    return /filename="([^"]+)"/.exec(disposition ?? '')?.[1];
}

/**
 * Fetches a file and hands it to the browser as a download, so that a refusal comes back as a problem
 * the page can show next to the fields rather than as a page of JSON. Resolves to the file's name.
 */
export async function download(path) {
    let response;
    try {
        response = await fetch(`api/${path}`, {headers: headersFor('GET', {Accept: '*/*'}), credentials: 'same-origin'});
    } catch {
        throw unreachable();
    }
    if (!response.ok) {
        return failure(response.status, parse(await response.text(), response.headers.get('Content-Type')), true);
    }
    const name = fileNameIn(response.headers.get('Content-Disposition')) ?? path.split(/[/?]/).pop();
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // the browser reads the file after the click returns: freed once it surely has
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    return name;
}
