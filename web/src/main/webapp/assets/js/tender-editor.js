// The form a procurement officer writes a call for tenders in, for a draft and for a corrigendum:
// texts in one or more languages, deadlines, the opening board, and lots with their CPV codes
// (picked from the vocabulary's search), estimated value and award criteria. It keeps what was typed
// as typed, and turns it into the draft's JSON (tender-draft.schema.json) only when asked; whether
// that draft is acceptable is the server's to say.
import {request} from './api.js';
import {el, fill} from './dom.js';
import {checkboxField, textField} from './fields.js';
import {language, t} from './i18n.js';
import {instantFrom, localInput, numberFrom} from './tender-record.js';

const LANGUAGES = ['en', 'fr', 'de'];

function blankCriterion(kind = 'PRICE') {
    return {name: {}, kind, weight: ''};
}

function blankLot() {
    return {title: {}, cpv: [], estimatedValue: '', criteria: [blankCriterion()]};
}

/** What the form holds for a draft (or an empty one). */
function typed(draft) {
    if (!draft) {
        return {languages: [language()], title: {}, description: {}, questionsDeadline: '', submissionDeadline: '',
            members: '', threshold: '2', lots: [blankLot()]};
    }
    return {
        languages: LANGUAGES.filter(tag => draft.title?.[tag] !== undefined || draft.description?.[tag] !== undefined),
        title: {...draft.title}, description: {...draft.description},
        questionsDeadline: localInput(draft.questionsDeadline), submissionDeadline: localInput(draft.submissionDeadline),
        members: (draft.openingBoard?.members ?? []).join(', '), threshold: String(draft.openingBoard?.threshold ?? ''),
        lots: (draft.lots ?? []).map(lot => ({
            title: {...lot.title}, cpv: [...lot.cpv], estimatedValue: String(lot.estimatedValue),
            criteria: lot.criteria.map(criterion => ({name: {...criterion.name}, kind: criterion.kind, weight: String(criterion.weight)}))
        }))
    };
}

/** A text in the languages of the call, without the empty ones. */
function texts(variants, languages) {
    return Object.fromEntries(languages.filter(tag => variants[tag]?.trim()).map(tag => [tag, variants[tag].trim()]));
}

/** The form for a draft (none: a new one); labels: the CPV labels known, by code, to which searches add. */
export function tenderEditor(draft, labels) {
    const model = typed(draft);
    const root = el('div', {class: 'tender-editor'});

    const redraw = focusId => {
        fill(root, content());
        if (focusId) {
            document.getElementById(focusId)?.focus();
        }
    };

    /** One field per language of the call, e.g. "Title (English)", each for its member of the text. */
    const multilingual = ({id, text, variants, pointer, rows, optional}) => model.languages.map(tag => textField({
        id: `${id}-${tag}`, text: t('tenders.editor.inLanguage', {field: text, language: t(`tenders.languages.${tag}`)}),
        value: variants[tag] ?? '', pointer: `${pointer}/${tag}`, rows, optional,
        oninput: value => { variants[tag] = value; }
    }));

    const languageChoice = () => el('fieldset', {class: 'rows', id: 'languages'},
        el('legend', {class: 'label'}, el('span', {class: 'label-text'}, t('tenders.editor.languages'))),
        el('p', {class: 'hint'}, t('tenders.editor.languagesHint')),
        LANGUAGES.map(tag => checkboxField({
            id: `language-${tag}`, text: t(`tenders.languages.${tag}`), checked: model.languages.includes(tag),
            onchange: chosen => {
                model.languages = LANGUAGES.filter(other => (other === tag ? chosen : model.languages.includes(other)));
                redraw(`language-${tag}`);
            }
        })));

    const weightText = lot => t('tenders.editor.weights', {
        sum: lot.criteria.reduce((total, criterion) => total + (Number(criterion.weight) || 0), 0)
    });

    /** The weights' sum as typed; the server's word on it is shown here too. */
    const weightSum = (lot, i) => el('div', {class: 'field'},
        el('p', {class: 'hint', id: `lot-${i}-weights`, 'data-pointer': `/lots/${i}/criteria`, tabindex: '-1'}, weightText(lot)));

    const criterionFields = (lot, i, criterion, j) => {
        const id = `lot-${i}-criterion-${j}`;
        const label = field => t('tenders.editor.criterionField', {lot: i + 1, number: j + 1, field});
        return el('div', {class: 'row-group'},
            multilingual({id: `${id}-name`, text: label(t('tenders.editor.criterionName')), variants: criterion.name,
                pointer: `/lots/${i}/criteria/${j}/name`}),
            el('div', {class: 'field'},
                el('label', {for: `${id}-kind`, class: 'label'}, el('span', {class: 'label-text'}, label(t('tenders.editor.criterionKind')))),
                el('select', {id: `${id}-kind`, class: 'select', 'data-pointer': `/lots/${i}/criteria/${j}/kind`,
                    onchange: event => { criterion.kind = event.target.value; }},
                ['PRICE', 'QUALITY'].map(kind => el('option', {value: kind, selected: criterion.kind === kind}, t(`tenders.kind.${kind}`))))),
            textField({id: `${id}-weight`, text: label(t('tenders.editor.criterionWeight')), value: criterion.weight, size: 'short',
                pointer: `/lots/${i}/criteria/${j}/weight`, oninput: value => {
                    criterion.weight = value;
                    document.getElementById(`lot-${i}-weights`).textContent = weightText(lot);
                }}),
            lot.criteria.length > 1 ? el('button', {type: 'button', class: 'button button--secondary', onclick: () => {
                lot.criteria.splice(j, 1);
                redraw(`lot-${i}-add-criterion`);
            }}, t('tenders.editor.removeCriterion', {lot: i + 1, number: j + 1})) : null);
    };

    const cpvSearch = async (lot, i, query, results) => {
        const {body: codes} = await request('GET', `cpv?q=${encodeURIComponent(query)}&limit=10`);
        codes.forEach(code => { labels[code.code] = code.label; });
        fill(results, codes.length
            ? el('ul', {class: 'plain-list cpv-results', 'aria-label': t('tenders.editor.cpvResults', {lot: i + 1})},
                codes.map(code => el('li', {}, el('button', {type: 'button', class: 'button button--secondary', disabled: lot.cpv.includes(code.code),
                    onclick: () => {
                        lot.cpv.push(code.code);
                        redraw(`lot-${i}-cpv-query`);
                    }}, t('tenders.editor.addCpv', {code: code.code, label: code.label})))))
            : el('p', {class: 'empty'}, t('tenders.editor.noCpv')));
    };

    const cpvPicker = (lot, i) => {
        const results = el('div', {role: 'status'});
        const search = () => cpvSearch(lot, i, document.getElementById(`lot-${i}-cpv-query`).value, results);
        const query = textField({id: `lot-${i}-cpv-query`, text: t('tenders.editor.cpvSearch', {number: i + 1}),
            hint: t('tenders.editor.cpvHint'), pointer: `/lots/${i}/cpv`, optional: true});
        query.querySelector('input').addEventListener('keydown', event => {
            if (event.key === 'Enter') {
                event.preventDefault();
                search();
            }
        });
        return el('div', {class: 'cpv'},
            el('p', {class: 'label'}, t('tenders.editor.cpvChosen', {number: i + 1})),
            lot.cpv.length ? el('ul', {class: 'plain-list'}, lot.cpv.map((code, k) => el('li', {},
                `${code} – ${labels[code] ?? ''} `,
                el('button', {type: 'button', class: 'button button--secondary', onclick: () => {
                    lot.cpv.splice(k, 1);
                    redraw(`lot-${i}-cpv-query`);
                }}, t('tenders.editor.removeCpv', {code})))))
                : el('p', {class: 'empty'}, t('tenders.editor.noCpvChosen')),
            query,
            el('button', {type: 'button', class: 'button button--secondary', onclick: search}, t('tenders.editor.search'),
                el('span', {class: 'visually-hidden'}, ` ${t('tenders.editor.cpvSearch', {number: i + 1})}`)),
            results);
    };

    const lotFields = (lot, i) => el('fieldset', {class: 'rows lot', id: `lot-${i}`},
        el('legend', {class: 'label'}, t('tenders.editor.lot', {number: i + 1})),
        multilingual({id: `lot-${i}-title`, text: t('tenders.editor.lotTitle', {number: i + 1}), variants: lot.title, pointer: `/lots/${i}/title`}),
        textField({id: `lot-${i}-value`, text: t('tenders.editor.estimatedValue', {number: i + 1}), value: lot.estimatedValue, size: 'short',
            pointer: `/lots/${i}/estimatedValue`, oninput: value => { lot.estimatedValue = value; }}),
        cpvPicker(lot, i),
        el('h3', {}, t('tenders.editor.criteria', {number: i + 1})),
        weightSum(lot, i),
        lot.criteria.map((criterion, j) => criterionFields(lot, i, criterion, j)),
        el('button', {type: 'button', class: 'button button--secondary', id: `lot-${i}-add-criterion`, onclick: () => {
            lot.criteria.push(blankCriterion('QUALITY'));
            redraw(`lot-${i}-criterion-${lot.criteria.length - 1}-name-${model.languages[0]}`);
        }}, t('tenders.editor.addCriterion', {number: i + 1})),
        model.lots.length > 1 ? el('button', {type: 'button', class: 'button button--secondary', onclick: () => {
            model.lots.splice(i, 1);
            redraw('add-lot');
        }}, t('tenders.editor.removeLot', {number: i + 1})) : null);

    const content = () => [
        languageChoice(),
        multilingual({id: 'title', text: t('tenders.editor.title'), variants: model.title, pointer: '/title'}),
        multilingual({id: 'description', text: t('tenders.editor.description'), variants: model.description, pointer: '/description',
            rows: 4, optional: true}),
        textField({id: 'questions-deadline', text: t('tenders.editor.questionsDeadline'), hint: t('tenders.editor.timeHint'),
            value: model.questionsDeadline, size: 'date', pointer: '/questionsDeadline', oninput: value => { model.questionsDeadline = value; }}),
        textField({id: 'submission-deadline', text: t('tenders.editor.submissionDeadline'), hint: t('tenders.editor.timeHint'),
            value: model.submissionDeadline, size: 'date', pointer: '/submissionDeadline', oninput: value => { model.submissionDeadline = value; }}),
        textField({id: 'board-members', text: t('tenders.editor.members'), hint: t('tenders.editor.membersHint'),
            value: model.members, pointer: '/openingBoard/members', oninput: value => { model.members = value; }}),
        textField({id: 'board-threshold', text: t('tenders.editor.threshold'), hint: t('tenders.editor.thresholdHint'),
            value: model.threshold, size: 'short', pointer: '/openingBoard/threshold', oninput: value => { model.threshold = value; }}),
        el('h2', {}, t('tenders.editor.lots')),
        model.lots.map(lotFields),
        el('button', {type: 'button', class: 'button button--secondary', id: 'add-lot', onclick: () => {
            model.lots.push(blankLot());
            redraw(`lot-${model.lots.length - 1}-title-${model.languages[0]}`);
        }}, t('tenders.editor.addLot'))
    ];

    redraw();
    return {
        element: root,
        /** The draft's JSON as typed: text that is not a number or a time goes as it is, for the server to explain. */
        draft: () => ({
            title: texts(model.title, model.languages),
            description: Object.keys(texts(model.description, model.languages)).length ? texts(model.description, model.languages) : undefined,
            procedure: 'OPEN',
            questionsDeadline: instantFrom(model.questionsDeadline),
            submissionDeadline: instantFrom(model.submissionDeadline),
            openingBoard: {
                members: model.members.split(',').map(member => member.trim()).filter(Boolean),
                threshold: numberFrom(model.threshold)
            },
            lots: model.lots.map(lot => ({
                title: texts(lot.title, model.languages),
                cpv: lot.cpv,
                estimatedValue: numberFrom(lot.estimatedValue),
                currency: 'EUR',
                criteria: lot.criteria.map(criterion => ({
                    name: texts(criterion.name, model.languages), kind: criterion.kind, weight: numberFrom(criterion.weight)
                }))
            }))
        })
    };
}
