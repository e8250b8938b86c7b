// The public receipt check: asks the gateway whether it issued a receipt with this code.
const TEXTS = {
    en: {title: 'Verify a receipt', label: 'Verification code printed on the receipt', hint: 'For example 7K3M-9QXD-4RTV-B2NP',
        check: 'Check', issued: 'The gateway issued this receipt.', unknown: 'The gateway issued no receipt with this code.',
        reference: 'Reference', submittedAt: 'Submitted at', form: 'Form', authority: 'Authority', organisation: 'Filed by',
        sha256: 'SHA-256 of the submission'},
    fr: {title: 'Vérifier un accusé de réception', label: 'Code de vérification imprimé sur l’accusé de réception',
        hint: 'Par exemple 7K3M-9QXD-4RTV-B2NP', check: 'Vérifier', issued: 'La passerelle a bien délivré cet accusé de réception.',
        unknown: 'La passerelle n’a délivré aucun accusé de réception avec ce code.', reference: 'Référence',
        submittedAt: 'Déposé le', form: 'Formulaire', authority: 'Autorité', organisation: 'Déposé par',
        sha256: 'SHA-256 du dépôt'},
    de: {title: 'Empfangsbestätigung prüfen', label: 'Prüfcode auf der Empfangsbestätigung', hint: 'Zum Beispiel 7K3M-9QXD-4RTV-B2NP',
        check: 'Prüfen', issued: 'Das Gateway hat diese Empfangsbestätigung ausgestellt.',
        unknown: 'Das Gateway hat keine Empfangsbestätigung mit diesem Code ausgestellt.', reference: 'Aktenzeichen',
        submittedAt: 'Eingereicht am', form: 'Formular', authority: 'Behörde', organisation: 'Eingereicht von',
        sha256: 'SHA-256 der Einreichung'}
};
const language = (navigator.languages || [navigator.language]).map(tag => tag.slice(0, 2)).find(tag => TEXTS[tag]) || 'en';
const text = TEXTS[language];

document.documentElement.lang = language;
document.querySelectorAll('[data-text]').forEach(element => { element.textContent = text[element.dataset.text]; });
document.title = text.title;

const form = document.getElementById('verify');
const input = document.getElementById('code');
const result = document.getElementById('result');

async function verify(code) {
    const response = await fetch(`api/verification/${encodeURIComponent(code)}`, {headers: {'Accept-Language': language}});
    result.replaceChildren();
    const heading = document.createElement('p');
    heading.className = response.ok ? 'notice success' : 'notice error';
    if (!response.ok) {
        heading.textContent = response.status === 404 ? text.unknown : (await response.json()).detail;
        result.append(heading);
        return;
    }
    heading.textContent = text.issued;
    const receipt = await response.json();
    const list = document.createElement('dl');
    for (const key of ['reference', 'submittedAt', 'form', 'authority', 'organisation', 'sha256']) {
        const term = document.createElement('dt');
        term.textContent = text[key];
        const value = document.createElement('dd');
        value.textContent = key === 'submittedAt' ? new Date(receipt[key]).toLocaleString(language) : receipt[key];
        list.append(term, value);
    }
    result.append(heading, list);
}

form.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim()) {
        verify(input.value.trim());
    }
});

const preset = new URLSearchParams(location.search).get('code');
if (preset) {
    input.value = preset;
    verify(preset);
}
