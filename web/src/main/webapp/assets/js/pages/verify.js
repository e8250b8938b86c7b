// The public receipt check: asks the gateway whether it issued a receipt with this code. Receipts
// print a link to verify.html?code=…, which checks at once.
import {request} from '../api.js';
import {el} from '../dom.js';
import {showProblem} from '../errors.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';

const form = document.getElementById('verify');
const input = document.getElementById('code');
const result = document.getElementById('result');
let checked = new URLSearchParams(location.search).get('code');

function receipt(verified) {
    const rows = [
        ['reference', verified.reference],
        ['submittedAt', el('time', {datetime: verified.submittedAt}, formatDateTime(verified.submittedAt))],
        ['form', verified.form],
        ['authority', verified.authority],
        ['organisation', verified.organisation],
        ['sha256', el('code', {class: 'hash'}, verified.sha256)]
    ];
    return el('dl', {class: 'summary-list'}, rows.map(([key, value]) =>
        el('div', {class: 'summary-list__row'}, el('dt', {}, t(`verify.${key}`)), el('dd', {}, value))));
}

async function verify(code) {
    checked = code;
    result.replaceChildren();
    try {
        const {body} = await request('GET', `verification/${encodeURIComponent(code)}`, {signInWhenUnauthorized: false});
        result.replaceChildren(el('div', {class: 'notice notice--success'}, el('p', {}, t('verify.issued'))), receipt(body));
    } catch (problem) {
        if (problem.status !== 404) {
            throw problem;
        }
        result.replaceChildren(el('div', {class: 'notice notice--error'}, el('p', {}, t('verify.unknown'))));
    }
}

form.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim()) {
        verify(input.value.trim()).catch(showProblem);
    }
});

startPage({
    title: 'verify.title',
    session: 'optional',
    render: async () => {
        if (checked) {
            input.value ||= checked;
            await verify(checked);
        }
    }
});
