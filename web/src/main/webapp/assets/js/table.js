// Lists of records: a table with a caption and headers for every cell, and the buttons to page
// through a long list.
import {el} from './dom.js';
import {t} from './i18n.js';

/**
 * columns: [{header, cell: row => node or text}]. The first column heads its row, so that screen
 * readers name the row when they read any other cell of it.
 */
export function table({caption, columns, rows, empty}) {
    if (!rows.length) {
        return el('p', {class: 'empty'}, empty);
    }
    return el('table', {class: 'table'},
        el('caption', {}, caption),
        el('thead', {}, el('tr', {}, columns.map(column => el('th', {scope: 'col'}, column.header)))),
        el('tbody', {}, rows.map(row => el('tr', {}, columns.map((column, i) =>
            el(i === 0 ? 'th' : 'td', i === 0 ? {scope: 'row'} : {}, column.cell(row)))))));
}

/**
 * Previous and next page. When the API gives no total, a full page is taken to mean there may be
 * more. onPage(offset) loads the page starting there.
 */
export function pager({offset, limit, count, total, onPage}) {
    const hasMore = total === undefined ? count === limit : offset + limit < total;
    if (offset === 0 && !hasMore) {
        return null;
    }
    const range = {from: count ? offset + 1 : offset, to: offset + count, total};
    return el('nav', {class: 'pager', 'aria-label': t('pager.label')},
        el('p', {}, t(total === undefined ? 'pager.range' : 'pager.rangeOfTotal', range)),
        el('button', {type: 'button', class: 'button button--secondary', disabled: offset === 0,
            onclick: () => onPage(Math.max(0, offset - limit))}, t('pager.previous')),
        el('button', {type: 'button', class: 'button button--secondary', disabled: !hasMore,
            onclick: () => onPage(offset + limit)}, t('pager.next')));
}
