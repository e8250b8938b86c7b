// The public home page: what the gateway offers, and the way in for whoever is signed in or not.
import {el} from '../dom.js';
import {t} from '../i18n.js';
import {startPage} from '../layout.js';
import {homePage} from '../session.js';

const start = document.getElementById('start');
const START_TEXTS = {'desk.html': 'home.toDesk', 'my-tenders.html': 'tenders.home.toMine', 'tenders.html': 'tenders.home.toTenders',
    'form-versions.html': 'home.toForms'};

startPage({
    title: 'home.title',
    session: 'optional',
    render: session => {
        start.replaceChildren(session
            ? el('a', {class: 'button', href: homePage(session)}, t(START_TEXTS[homePage(session)] ?? 'home.toWorkspace'))
            : el('a', {class: 'button', href: 'sign-in.html'}, t('home.signIn')));
    }
});
