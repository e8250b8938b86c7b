// An authority administrator's back-office integration (integration.html, ?subscription=<id> to follow
// one subscription's deliveries): webhook subscriptions, made, listed and deleted, the signing secret shown
// once, right after the subscription is made; and the export of the authority's filings.
import {request} from '../api.js';
import {change} from '../change.js';
import {el, fill, focusHeading, hiddenText} from '../dom.js';
import {exportSection} from '../export-form.js';
import {checkboxField, textField} from '../fields.js';
import {formatDateTime, t} from '../i18n.js';
import {startPage} from '../layout.js';
import {pager, table} from '../table.js';

const EVENTS = ['filing.submitted', 'filing.decided'];
const PAGE_SIZE = 20;
const container = document.getElementById('integration-content');
const followed = new URLSearchParams(location.search).get('subscription');
// the subscription just made, with its secret: the gateway shows the secret in that answer alone
let created = null;
let offset = 0;

function time(iso) {
    return iso ? el('time', {datetime: iso}, formatDateTime(iso)) : t('integration.none');
}

function eventList(events) {
    return events.map((event, i) => [i ? ', ' : '', el('code', {}, event)]);
}

function subscribe(event) {
    event.preventDefault();
    const form = event.target;
    const json = {
        url: form.elements['webhook-url'].value.trim(),
        events: EVENTS.filter(name => form.elements[`event-${name}`].checked)
    };
    return change({
        task: async () => {
            ({body: created} = await request('POST', 'webhooks', {json}));
            return t('integration.subscribed');
        },
        redraw: draw,
        focusId: 'secret-title'
    });
}

function secretPanel() {
    return el('section', {'aria-labelledby': 'secret-title', class: 'panel'},
        el('h2', {id: 'secret-title'}, t('integration.secret.title')),
        el('p', {}, t('integration.secret.for', {url: created.url})),
        el('p', {class: 'panel__value'}, el('code', {id: 'webhook-secret'}, created.secret)),
        el('p', {}, el('strong', {}, t('integration.secret.copyNow'))));
}

function subscriptionForm() {
    return el('section', {'aria-labelledby': 'subscribe-title'},
        el('h2', {id: 'subscribe-title'}, t('integration.subscribe.title')),
        el('form', {novalidate: true, onsubmit: subscribe},
            textField({id: 'webhook-url', text: t('integration.subscribe.url'), hint: t('integration.subscribe.urlHint'),
                pointer: '/url', type: 'url', autocomplete: 'off'}),
            el('fieldset', {class: 'field', id: 'webhook-events', 'data-pointer': '/events', tabindex: '-1',
                'aria-describedby': 'webhook-events-hint'},
                el('legend', {class: 'label'}, el('span', {class: 'label-text'}, t('integration.subscribe.events'))),
                el('p', {class: 'hint', id: 'webhook-events-hint'}, t('integration.subscribe.eventsHint')),
                EVENTS.map(name => checkboxField({id: `event-${name}`, text: t(`integration.event.${name.split('.')[1]}`),
                    hint: name, checked: true}))),
            el('button', {type: 'submit', class: 'button'}, t('integration.subscribe.submit'))));
}

function unsubscribe(subscription) {
    return change({
        task: async () => {
            await request('DELETE', `webhooks/${encodeURIComponent(subscription.id)}`);
            if (created?.id === subscription.id) {
                created = null;
            }
            return t('integration.unsubscribed', {url: subscription.url});
        },
        redraw: draw,
        focusId: 'subscriptions-title'
    });
}

function subscriptionsTable(subscriptions) {
    return el('section', {'aria-labelledby': 'subscriptions-title'},
        el('h2', {id: 'subscriptions-title'}, t('integration.subscriptions.title')),
        table({
            caption: t('integration.subscriptions.caption'),
            empty: t('integration.subscriptions.empty'),
            rows: subscriptions,
            columns: [
                {header: t('integration.subscriptions.url'), cell: subscription => el('span', {class: 'url'}, subscription.url)},
                {header: t('integration.subscriptions.events'), cell: subscription => eventList(subscription.events)},
                {header: t('integration.subscriptions.createdAt'), cell: subscription => time(subscription.createdAt)},
                {header: t('integration.subscriptions.actions'), cell: subscription => el('ul', {class: 'actions-list'},
                    el('li', {}, el('a', {href: `integration.html?subscription=${encodeURIComponent(subscription.id)}#deliveries-title`},
                        t('integration.subscriptions.deliveries'), hiddenText(`: ${subscription.url}`))),
                    el('li', {}, el('button', {type: 'button', class: 'button button--secondary button--small',
                        onclick: () => unsubscribe(subscription)},
                    t('integration.subscriptions.delete'), hiddenText(`: ${subscription.url}`))))}
            ]
        }));
}

function statusTag(status) {
    return el('strong', {class: `tag tag--${status.toLowerCase()}`}, t(`integration.status.${status}`));
}

/** Every attempt: when, and the receiver's HTTP status or what went wrong. */
function attempts(delivery) {
    if (!delivery.attempts.length) {
        return t('integration.deliveries.noAttempt');
    }
    return el('ol', {class: 'plain-list'}, delivery.attempts.map(attempt => el('li', {}, time(attempt.attemptedAt), ' – ',
        attempt.statusCode ? t('integration.deliveries.httpStatus', {status: attempt.statusCode}) : null,
        attempt.statusCode && attempt.error ? ', ' : null,
        attempt.error)));
}

async function deliveriesSection(subscription) {
    const {body: page} = await request('GET', `webhooks/${encodeURIComponent(subscription.id)}/deliveries?offset=${offset}&limit=${PAGE_SIZE}`);
    return el('section', {'aria-labelledby': 'deliveries-title'},
        el('h2', {id: 'deliveries-title'}, t('integration.deliveries.title', {url: subscription.url})),
        el('p', {}, el('button', {type: 'button', class: 'button button--secondary', onclick: async () => {
            await draw();
            focusHeading(document.getElementById('deliveries-title'));
        }}, t('integration.deliveries.refresh'))),
        table({
            caption: t('integration.deliveries.caption'),
            empty: t('integration.deliveries.empty'),
            rows: page.items,
            columns: [
                {header: t('integration.deliveries.event'), cell: delivery => el('code', {}, delivery.event)},
                {header: t('integration.deliveries.status'), cell: delivery => statusTag(delivery.status)},
                {header: t('integration.deliveries.createdAt'), cell: delivery => time(delivery.createdAt)},
                {header: t('integration.deliveries.attempts'), cell: attempts},
                {header: t('integration.deliveries.nextAttempt'), cell: delivery => time(delivery.nextAttemptAt)}
            ]
        }),
        pager({
            offset, limit: PAGE_SIZE, count: page.items.length, total: page.total,
            onPage: async next => {
                offset = next;
                await draw();
                focusHeading(document.getElementById('deliveries-title'));
            }
        }));
}

async function draw() {
    const {body: subscriptions} = await request('GET', 'webhooks');
    const subscription = subscriptions.find(candidate => candidate.id === followed);
    fill(container,
        created ? secretPanel() : null,
        subscriptionsTable(subscriptions),
        subscription ? await deliveriesSection(subscription) : null,
        subscriptionForm(),
        exportSection());
}

startPage({title: 'integration.title', session: 'required', render: draw});
