// The navigation's link to the user's notices, with how many of them are unread.
import {request} from './api.js';
import {el, fill} from './dom.js';
import {t} from './i18n.js';

const unread = el('span', {class: 'unread'});

/** Asks the gateway again how many notices are unread, e.g. after the user has read one. */
export async function refreshUnread() {
    try {
        const {body} = await request('GET', 'notices/unread', {signInWhenUnauthorized: false});
        fill(unread, body.count > 0 && [
            el('span', {class: 'unread__count'}, String(body.count)), ' ',
            el('span', {class: 'visually-hidden', 'data-i18n': 'notices.unreadSuffix'}, t('notices.unreadSuffix'))]);
    } catch {
        // the count only adds to the link, which works without it; the page itself reports what failed
    }
}

export function noticesLink(current) {
    refreshUnread();
    return el('a', {href: 'notices.html', 'aria-current': current ? 'page' : null},
        el('span', {'data-i18n': 'notices.nav'}, t('notices.nav')), ' ', unread);
}
