// An opening board member's passphrase, set once: it protects the member's key pair, to which the
// shares of every tender's key are encrypted. The gateway keeps only what it protects, so it cannot
// be changed or recovered.
import {request} from '../api.js';
import {el, fill} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {textField} from '../fields.js';
import {t} from '../i18n.js';
import {pageNotices, startPage} from '../layout.js';
import {clearNotice, showNotice} from '../notice.js';

const container = document.getElementById('opening-passphrase-content');

async function set(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors();
    clearFieldErrors(form);
    clearNotice(pageNotices());
    try {
        await request('PUT', 'opening-passphrase', {json: {passphrase: form.elements.passphrase.value}});
        form.reset();
        showNotice(pageNotices(), t('opening.passphrase.set'), {extra: el('p', {}, el('a', {href: 'tenders.html'}, t('opening.passphrase.next')))});
    } catch (problem) {
        showProblem(problem);
    }
}

startPage({
    title: 'opening.passphrase.title',
    session: 'required',
    render: () => {
        fill(container,
            el('p', {class: 'lead'}, t('opening.passphrase.lead')),
            el('form', {novalidate: true, onsubmit: set},
                textField({id: 'passphrase', text: t('opening.passphrase.label'), hint: t('opening.passphrase.hint'),
                    type: 'password', pointer: '/passphrase', autocomplete: 'new-password'}),
                el('button', {type: 'submit', class: 'button'}, t('opening.passphrase.submit'))));
    }
});
