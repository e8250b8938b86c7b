// Sign-in: the username and password go to POST /api/session; the gateway answers with the session
// cookie and the CSRF token. Afterwards the user goes back to the page that sent them here, or to
// their own (workspace or case desk).
import {el} from '../dom.js';
import {clearErrors, clearFieldErrors, showProblem} from '../errors.js';
import {t} from '../i18n.js';
import {pageNotices, startPage} from '../layout.js';
import {showNotice} from '../notice.js';
import {homePage, signIn} from '../session.js';

const form = document.getElementById('sign-in');
const params = new URLSearchParams(location.search);

/** Only a page of the gateway itself, so that a crafted link cannot send the user elsewhere after sign-in. */
function nextPage() {
    const next = params.get('next');
    return /^[a-z-]+\.html(\?[^#]*)?$/.test(next ?? '') && !next.startsWith('sign-in.html') ? next : null;
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors();
    clearFieldErrors(form);
    // empty fields are left out, so that the server names each one that is missing
    const username = form.elements.username.value.trim() || undefined;
    const password = form.elements.password.value || undefined;
    try {
        const session = await signIn(username, password);
        location.assign(nextPage() ?? homePage(session));
    } catch (problem) {
        showProblem(problem);
    }
});

startPage({
    title: 'signIn.title',
    session: 'optional',
    render: session => {
        if (session) {
            showNotice(pageNotices(), t('signIn.already', {name: session.name}), {
                kind: 'info', extra: el('p', {}, el('a', {href: homePage(session)}, t('signIn.continue')))
            });
        } else if (params.has('signed-out')) {
            showNotice(pageNotices(), t('signIn.signedOut'));
        } else if (nextPage()) {
            showNotice(pageNotices(), t('signIn.expired'), {kind: 'info'});
        }
    }
});
