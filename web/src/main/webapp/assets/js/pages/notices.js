// The user's notices: what the gateway told them (also by e-mail), newest first; reading one marks it read.
import {request} from '../api.js';
import {el, fill, focusHeading, hiddenText} from '../dom.js';
import {clearErrors, showProblem} from '../errors.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';
import {refreshUnread} from '../notices-link.js';
import {pager} from '../table.js';

const PAGE_SIZE = 10;
const list = document.getElementById('notices');
let offset = 0;

async function markRead(notice) {
    await request('POST', `notices/${encodeURIComponent(notice.id)}/read`);
    await refreshUnread();
}

/** The notice's link, relative to this page as every link of the site is. */
function target(notice) {
    return notice.link.replace(/^\//, '');
}

/** Completes "Open" and "Mark as read" for screen readers: which notice, in the notice's language. */
function which(notice) {
    return hiddenText([': ', el('span', {lang: notice.language}, notice.subject)]);
}

function status(notice) {
    return notice.readAt
        ? el('p', {class: 'meta'}, t('notices.readAt', {time: formatDateTime(notice.readAt)}))
        : el('p', {}, el('strong', {class: 'tag tag--unread'}, t('notices.unread')));
}

function item(notice) {
    const heading = `notice-${notice.id}`;
    return el('li', {},
        el('article', {class: notice.readAt ? 'inbox__item' : 'inbox__item inbox__item--unread', 'aria-labelledby': heading},
            // worded in the recipient's language when it was sent, which may not be the page's
            el('h2', {id: heading, lang: notice.language}, notice.subject),
            el('p', {class: 'meta'}, el('time', {datetime: notice.createdAt}, formatDateTime(notice.createdAt))),
            status(notice),
            el('p', {class: 'preserve-lines', lang: notice.language}, notice.body),
            el('ul', {class: 'actions-list'},
                notice.link && el('li', {}, el('a', {
                    href: target(notice),
                    onclick: async event => {
                        event.preventDefault();
                        try {
                            if (!notice.readAt) {
                                await markRead(notice);
                            }
                        } finally {
                            // what the notice is about matters more than its being marked read
                            location.assign(target(notice));
                        }
                    }
                }, t('notices.open'), which(notice))),
                !notice.readAt && el('li', {}, el('button', {
                    type: 'button', class: 'button button--secondary',
                    onclick: async () => {
                        clearErrors();
                        try {
                            await markRead(notice);
                            await showNotices();
                            focusHeading(document.getElementById(heading));
                        } catch (problem) {
                            showProblem(problem);
                        }
                    }
                }, t('notices.markRead'), which(notice))))));
}

async function showNotices() {
    const {body: page} = await request('GET', `notices?offset=${offset}&limit=${PAGE_SIZE}`);
    fill(list,
        page.items.length ? el('ol', {class: 'inbox'}, page.items.map(item)) : el('p', {class: 'empty'}, t('notices.empty')),
        pager({
            offset, limit: PAGE_SIZE, count: page.items.length, total: page.total,
            onPage: async next => {
                offset = next;
                await showNotices();
                focusHeading(document.getElementById('notices-title'));
            }
        }));
}

startPage({title: 'notices.title', session: 'required', render: showNotices});
