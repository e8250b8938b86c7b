// What every page shares: skip link, header (signed-in user, organisation, roles, language switch,
// sign-out), footer, the error summary and the notice region; and the start of every page script.
import {Problem} from './api.js';
import {el} from './dom.js';
import {clearErrors, clearFieldErrors, createErrorSummary, showProblem} from './errors.js';
import {availableLanguages, chooseLanguage, initI18n, language, t, translate} from './i18n.js';
import {clearNotice, createAnnouncer, createStatusRegion} from './notice.js';
import {noticesLink} from './notices-link.js';
import {loadSession, signOut} from './session.js';

let notices;

/** The page-wide notice region at the top of <main>. */
export function pageNotices() {
    return notices;
}

/** A form's submit handler: clears what the last attempt showed, acts, and shows a refusal. */
export function submitting(act) {
    return async event => {
        event.preventDefault();
        const form = event.target;
        clearErrors();
        clearNotice(notices);
        clearFieldErrors(form);
        try {
            await act(form);
        } catch (problem) {
            showProblem(problem);
        }
    };
}

/** Names the browser tab after what the page shows, e.g. the form being filled in. */
export function setPageTitle(text) {
    document.title = `${text} – ${t('layout.brand')}`;
}

function text(key, tag = 'span', attributes = {}) {
    return el(tag, {...attributes, 'data-i18n': key}, t(key));
}

function navigation(session) {
    const links = [
        session?.roles.includes('applicant') && ['workspace.html', 'layout.nav.workspace'],
        session?.roles.includes('applicant') && ['mandates.html', 'layout.nav.mandates'],
        session?.roles.includes('clerk') && ['desk.html', 'layout.nav.desk'],
        session?.roles.includes('finance') && ['payments.html', 'layout.nav.payments'],
        ['tenders.html', 'tenders.nav.tenders'],
        session?.roles.includes('procurement-officer') && ['my-tenders.html', 'tenders.nav.mine'],
        session?.roles.includes('opening-member') && ['opening-passphrase.html', 'tenders.nav.passphrase'],
        session?.roles.includes('admin') && ['form-versions.html', 'layout.nav.forms'],
        session?.roles.includes('admin') && ['integration.html', 'layout.nav.integration'],
        ['verify.html', 'layout.nav.verify']
    ].filter(Boolean);
    const page = location.pathname.split('/').pop();
    return el('nav', {class: 'site-nav', 'data-i18n-label': 'layout.nav.label'},
        el('ul', {}, links.map(([href, key]) =>
            el('li', {}, text(key, 'a', {href, 'aria-current': page === href ? 'page' : null}))),
            session && el('li', {}, noticesLink(page === 'notices.html'))));
}

function account(session) {
    if (!session) {
        return el('div', {class: 'account'}, text('layout.signIn', 'a', {href: 'sign-in.html'}));
    }
    const roles = [...session.roles].sort().map(role => el('span', {'data-i18n': `roles.${role}`}, t(`roles.${role}`)));
    return el('div', {class: 'account'},
        el('p', {class: 'account__who'},
            el('span', {class: 'account__name'}, session.name),
            el('span', {class: 'account__details'},
                el('span', {}, session.organisation),
                el('span', {}, text('layout.role'), ' ', roles.flatMap((role, i) => (i ? [', ', role] : [role]))))),
        text('layout.signOut', 'button', {type: 'button', class: 'button button--secondary', onclick: leave}));
}

async function leave() {
    try {
        await signOut();
        location.assign('sign-in.html?signed-out');
    } catch (problem) {
        showProblem(problem);
    }
}

/** One button per language, each named in its own language (and marked so, for screen readers). */
function languageSwitch(onChange) {
    const buttons = availableLanguages().map(({tag, name}) => el('button', {
        type: 'button', class: 'language', lang: tag, 'aria-pressed': String(tag === language()),
        onclick: async () => {
            await onChange(tag);
            buttons.forEach(button => button.setAttribute('aria-pressed', String(button.lang === tag)));
        }
    }, name));
    return el('div', {class: 'languages', role: 'group', 'aria-labelledby': 'language-label'},
        text('layout.language', 'span', {id: 'language-label', class: 'languages__label'}), buttons);
}

function header(session, onLanguageChange) {
    return el('header', {class: 'site-header'},
        el('div', {class: 'site-header__top'},
            text('layout.brand', 'a', {class: 'brand', href: 'index.html'}),
            account(session)),
        el('div', {class: 'site-header__bar'},
            navigation(session),
            languageSwitch(onLanguageChange)));
}

function footer() {
    return el('footer', {class: 'site-footer'},
        el('div', {class: 'site-footer__inner'},
            text('layout.footer.about', 'p'),
            el('ul', {},
                el('li', {}, text('layout.nav.verify', 'a', {href: 'verify.html'})),
                el('li', {}, text('layout.footer.certificates', 'a', {href: 'api/trust/ca.pem', download: true})))));
}

/**
 * Starts a page: loads the language, the session (required: going to sign-in without one), draws
 * the shared parts, then calls render(session), which fills <main>. A language change translates
 * the page and calls render again, so that what the server localised is fetched anew. A problem
 * render throws ends up in the error summary.
 */
export async function startPage({title, session: mode, render}) {
    // busy until drawn: assistive technology (and the browser tests) wait for the page to be complete
    const main = document.getElementById('main');
    main.setAttribute('aria-busy', 'true');
    await initI18n();
    notices = createStatusRegion();
    main.prepend(createErrorSummary(), notices, createAnnouncer());
    let session;
    try {
        session = await loadSession({required: mode === 'required'});
    } catch (problem) {
        translate(document);
        showProblem(problem);
        main.removeAttribute('aria-busy');
        return;
    }

    const show = async () => {
        main.setAttribute('aria-busy', 'true');
        translate(document);
        setPageTitle(t(title));
        try {
            await render(session);
        } catch (failure) {
            if (!(failure instanceof Problem)) {
                throw failure;
            }
            showProblem(failure);
        } finally {
            main.removeAttribute('aria-busy');
        }
    };
    const changeLanguage = async tag => {
        await chooseLanguage(tag);
        clearErrors();
        clearNotice(notices);
        await show();
    };
    document.body.prepend(text('layout.skip', 'a', {class: 'skip-link', href: '#main'}), header(session, changeLanguage));
    document.body.append(footer());
    await show();
}
