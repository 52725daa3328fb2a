// Plume's preview page. Plain JavaScript, no build step, no dependency, nothing remote: the page
// sends the source and the options to POST /api/generate and shows what comes back. The article is
// shown from the exact bytes the server rendered (iframe srcdoc, sandboxed: no script runs in it),
// and the downloads are those same bytes.

const $ = (selector) => document.querySelector(selector);

const form = $('#form');
const textArea = $('#text');
const frame = $('#article');
const code = $('#code');
const placeholder = $('#placeholder');
const statusLine = $('#status');
const messages = $('#messages');
const sourcesList = $('#sources');
const provenanceBox = $('#provenance');
const STRING_FIELDS = ['keyphrase', 'date', 'url', 'keywords', 'image', 'imageAlt', 'sourceUrl', 'siteName', 'author'];
const fields = ['minWords', 'seed', 'links', ...STRING_FIELDS].map((name) => $(`#${name}`));

const FORMATS = { html: { extension: 'html', type: 'text/html;charset=utf-8', label: 'HTML' }, md: { extension: 'md', type: 'text/markdown;charset=utf-8', label: 'Markdown' }, json: { extension: 'json', type: 'application/json;charset=utf-8', label: 'JSON' } };
const RATING_ORDER = { bad: 0, ok: 1, good: 2 };
const RATING_WORD = { good: 'good', ok: 'could be better', bad: 'problem' };

const state = {
  /** The last answer of the server that was an article. */
  result: null,
  /** Output sentences of the article, in order: { text, provenance, elements }. */
  sentences: [],
  tab: 'article',
  timer: 0,
  request: 0,
  controller: null,
};

/** A DOM element with attributes and children (strings become text: nothing is parsed as HTML). */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return element;
}

function setStatus(text, kind = '') {
  statusLine.textContent = text;
  statusLine.className = `status ${kind}`;
}

// ---------------------------------------------------------------------------------------------
// The request: the form's fields, as plume generate's options.

function readForm() {
  const value = (name) => $(`#${name}`).value.trim();
  const number = (name) => {
    const input = $(`#${name}`);
    if (input.validity.badInput) return input.value || 'not a number';
    return value(name) === '' ? undefined : Number(value(name));
  };
  const body = { text: textArea.value, minWords: number('minWords'), seed: number('seed') };
  for (const name of STRING_FIELDS) body[name] = value(name);
  // Links: a JSON object; what is not JSON goes as it is, and the server says what is wrong.
  const links = value('links');
  try {
    body.links = links === '' ? undefined : JSON.parse(links);
  } catch {
    body.links = links;
  }
  for (const key of Object.keys(body)) if (body[key] === undefined || body[key] === '') delete body[key];
  return body;
}

const shellQuote = (text) => (/^[\w.,:/@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

function showCommand(body) {
  const options = [
    body.minWords !== undefined && `--min-words ${body.minWords}`,
    body.keyphrase !== undefined && `--keyphrase ${shellQuote(body.keyphrase)}`,
    body.seed !== undefined && `--seed ${body.seed}`,
    body.date !== undefined && `--date ${shellQuote(body.date)}`,
    body.url !== undefined && `--url ${shellQuote(body.url)}`,
    body.keywords !== undefined && `--keywords ${shellQuote(body.keywords)}`,
    body.image !== undefined && `--image ${shellQuote(body.image)}`,
    body.imageAlt !== undefined && `--image-alt ${shellQuote(body.imageAlt)}`,
    body.sourceUrl !== undefined && `--source-url ${shellQuote(body.sourceUrl)}`,
    body.siteName !== undefined && `--site-name ${shellQuote(body.siteName)}`,
    body.author !== undefined && `--author ${shellQuote(body.author)}`,
    body.links !== undefined && '--links LINKS.json',
  ].filter(Boolean);
  $('#command').textContent = ['plume generate FILE', ...options].join(' ');
}

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(generate, delay);
}

async function generate() {
  clearTimeout(state.timer);
  const body = readForm();
  showCommand(body);
  if (body.text.trim() === '') {
    setStatus('Paste or drop a French news text to begin.');
    return;
  }
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const request = ++state.request;
  document.body.classList.add('busy');
  setStatus('Generating…', 'busy');
  const started = performance.now();
  let response;
  let answer;
  try {
    response = await fetch('/api/generate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: controller.signal });
    const raw = await response.text();
    try {
      answer = JSON.parse(raw);
    } catch {
      answer = { error: `the server answered ${response.status} without JSON: ${raw.slice(0, 200)}` };
    }
  } catch (error) {
    if (controller.signal.aborted) return;
    answer = { error: `the preview server cannot be reached (${error.message}): is plume serve still running?` };
  }
  if (request !== state.request) return;
  document.body.classList.remove('busy');
  if (!response?.ok || answer.error !== undefined) {
    showError(answer.error ?? `the server answered ${response?.status}`);
    return;
  }
  show(answer, Math.round(performance.now() - started));
}

// ---------------------------------------------------------------------------------------------
// Messages: one error (bad input), or the warnings of an article.

function showError(message) {
  setStatus('The article could not be made: see the message on the left.', 'bad');
  messages.replaceChildren(el('div', { class: 'message error', role: 'alert' }, el('strong', {}, 'Cannot generate: '), message));
  document.body.classList.toggle('stale', state.result !== null);
}

function showWarnings(warnings) {
  messages.replaceChildren(...warnings.map((warning) => el('div', { class: 'message warning' }, el('strong', {}, 'Warning: '), warning)));
}

// ---------------------------------------------------------------------------------------------
// The answer.

function show(result, milliseconds) {
  state.result = result;
  document.body.classList.remove('stale');
  const { report, meta } = result.article;
  const short = report.words < report.minWords;
  setStatus(`${report.words} words${short ? `, fewer than the ${report.minWords} asked for` : ''} · made in ${milliseconds} ms`, short ? 'ok' : 'good');
  showWarnings(result.warnings);
  if (meta.image) messages.append(el('div', { class: 'message note' }, 'The image is not loaded in the preview, which loads nothing from elsewhere; the article links it as given: ', el('code', {}, meta.image.url)));
  for (const button of document.querySelectorAll('[data-download], [data-copy]')) button.disabled = false;
  placeholder.hidden = true;
  showSources(result.article);
  showSnippet(result.snippet);
  showFigures(result.article);
  showAssessments('seo', result.assessments.seo);
  showAssessments('readability', result.assessments.readability);
  showArticle(result);
  document.title = `${meta.title} · Plume preview`;
}

function showArticle(result) {
  const scroll = frame.contentWindow?.scrollY ?? 0;
  frame.addEventListener(
    'load',
    () => {
      annotate(frame.contentDocument, result.article.blocks);
      frame.contentWindow?.scrollTo(0, scroll);
    },
    { once: true },
  );
  frame.srcdoc = result.html;
  showTab(state.tab);
}

function showTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll('[data-tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  frame.hidden = tab !== 'article';
  code.hidden = tab === 'article' || state.result === null;
  if (tab !== 'article' && state.result) code.textContent = state.result[tab];
}

// The source sentences, with their ids (b1… bullets, s1… body sentences).
function showSources(article) {
  const items = article.sentences.map((sentence) => el('li', { 'data-id': sentence.id }, el('span', { class: 'sid' }, sentence.id), ' ', sentence.text));
  const heading = article.blocks[0];
  if (heading?.type === 'heading' && heading.provenance.sources.includes('title') && !article.sentences.some((s) => s.id === 'title')) {
    items.unshift(el('li', { 'data-id': 'title' }, el('span', { class: 'sid' }, 'title'), ' ', heading.text));
  }
  sourcesList.replaceChildren(...items);
  $('#sources-count').textContent = `(${items.length})`;
}

// ---------------------------------------------------------------------------------------------
// The search result: title, address and description as a search engine shows them.

function breadcrumb(url, slug) {
  if (!url) return { name: 'your-site.example', path: `your-site.example › ${slug}`, guessed: true };
  try {
    const parsed = new URL(url);
    const parts = parsed.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    return { name: parsed.hostname.replace(/^www\./, ''), path: [`${parsed.protocol}//${parsed.host}`, ...parts].join(' › '), guessed: false };
  } catch {
    return { name: url, path: url, guessed: false };
  }
}

function lengthRow(label, text, good) {
  return el('div', {}, el('dt', {}, label), el('dd', { class: good === undefined ? '' : good ? 'good' : 'bad' }, text));
}

function showSnippet(snippet) {
  const site = breadcrumb(snippet.url, snippet.slug);
  $('#snippet').hidden = false;
  $('#serp-name').textContent = site.name;
  $('#serp-url').textContent = site.path;
  $('#serp-title').textContent = snippet.title;
  const characters = [...snippet.description];
  $('#serp-description').textContent = characters.length > snippet.maxDescriptionChars ? `${characters.slice(0, snippet.maxDescriptionChars - 1).join('').trimEnd()} …` : snippet.description;
  $('#lengths').replaceChildren(
    lengthRow('Title', `${snippet.titleChars} characters (at most ${snippet.maxTitleChars}), ${snippet.titlePixels} px (at most ${snippet.maxTitlePixels})`, snippet.titleChars <= snippet.maxTitleChars && snippet.titlePixels <= snippet.maxTitlePixels),
    lengthRow('Description', `${snippet.descriptionChars} characters (${snippet.minDescriptionChars} to ${snippet.maxDescriptionChars})`, snippet.descriptionChars >= snippet.minDescriptionChars && snippet.descriptionChars <= snippet.maxDescriptionChars),
    lengthRow('Slug', [el('code', {}, snippet.slug), site.guessed ? el('span', { class: 'muted' }, ' (no URL given: example address)') : '']),
  );
}

// ---------------------------------------------------------------------------------------------
// Figures: words, language, headings, fidelity (from article.report).

function figure(label, value, good) {
  return [el('dt', {}, label), el('dd', { class: good === undefined ? '' : good ? 'good' : 'bad' }, value)];
}

function showFigures(article) {
  const { report, meta } = article;
  const missing = report.sourceNumbersMissing;
  const places = Object.entries(report.keyphraseIn);
  const placeNames = { title: 'title', firstParagraph: 'first paragraph', description: 'description', slug: 'slug', subheading: 'a subheading' };
  $('#figures').replaceChildren(
    ...figure('Words', `${report.words} (minimum ${report.minWords})`, report.words >= report.minWords),
    ...figure('Language', report.language === 'fra' ? 'French (fra)' : report.language, report.language === 'fra'),
    ...figure('Headings', `${report.headings.h1} H1, ${report.headings.h2} H2, ${report.headings.h3} H3`, report.headings.h1 === 1 && report.headings.h2 >= 4),
    ...figure('Most words between headings', String(report.maxWordsBetweenHeadings), report.maxWordsBetweenHeadings <= 300),
    ...figure('Source numbers missing', missing.length === 0 ? 'none' : missing.join(', '), missing.length === 0),
    ...figure('Repeated sentences', report.duplicateSentences.length === 0 ? 'none' : String(report.duplicateSentences.length), report.duplicateSentences.length === 0),
    ...figure('Keyphrase', el('span', {}, `« ${meta.keyphrase} » in `, places.map(([place, found], i) => [i > 0 ? ', ' : '', el('span', { class: found ? 'good' : 'bad' }, `${found ? '✓' : '✗'} ${placeNames[place] ?? place}`)])), places.every(([, found]) => found)),
  );
}

// ---------------------------------------------------------------------------------------------
// Assessments: green, orange or red, problems first.

function showAssessments(kind, results) {
  const sorted = [...results].sort((a, b) => RATING_ORDER[a.rating] - RATING_ORDER[b.rating]);
  $(`#${kind}`).replaceChildren(
    ...sorted.map((r) =>
      el(
        'li',
        { class: `assessment ${r.rating}`, 'data-id': r.id, title: r.expected ? `${r.id}: expected ${r.expected}` : r.id },
        el('span', { class: 'light', role: 'img', 'aria-label': RATING_WORD[r.rating] }),
        el('span', {}, r.message),
      ),
    ),
  );
  const count = (rating) => results.filter((r) => r.rating === rating).length;
  const bad = count('bad');
  $(`#${kind}-summary`).textContent = `${count('good')} good · ${count('ok')} to improve · ${bad} problem${bad === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Provenance: every sentence of the article in the frame gets a span or a mark.

function unitsOf(blocks) {
  const units = [];
  for (const block of blocks) {
    if (block.type === 'heading') units.push({ tag: /^H[1-6]$/, whole: true, sentences: [{ text: block.text, provenance: block.provenance }] });
    else if (block.type === 'paragraph') units.push({ tag: /^P$/, sentences: block.sentences });
    else if (block.type === 'list') for (const item of block.items) units.push({ tag: /^LI$/, whole: true, sentences: [item.sentence] });
    else if (block.type === 'faq')
      for (const item of block.items) {
        units.push({ tag: /^H[1-6]$/, whole: true, sentences: [item.question] });
        units.push({ tag: /^P$/, sentences: item.answer });
      }
  }
  return units;
}

/** Does this element show this unit? Its text is the unit's sentences (a list item: after its label). */
function shows(element, unit) {
  if (!unit.tag.test(element.tagName)) return false;
  const text = element.textContent;
  const joined = unit.sentences.map((s) => s.text).join(' ');
  return element.tagName === 'LI' ? text.endsWith(joined) : text === joined;
}

/** Wraps each sentence of a paragraph in spans, text node by text node, so that its links and markup stay. */
function wrapSentences(doc, element, sentences, mark) {
  const ranges = [];
  let at = 0;
  for (const sentence of sentences) {
    ranges.push({ from: at, to: at + sentence.text.length, sentence: mark(null, sentence) });
    at += sentence.text.length + 1;
  }
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = (offset += node.data.length);
    const parts = [];
    let cursor = 0;
    for (const range of ranges) {
      const from = Math.max(range.from, start) - start;
      const to = Math.min(range.to, end) - start;
      if (from >= to) continue;
      if (from > cursor) parts.push(doc.createTextNode(node.data.slice(cursor, from)));
      const span = doc.createElement('span');
      span.textContent = node.data.slice(from, to);
      range.sentence.elements.push(span);
      span.classList.add('plume-sentence');
      span.dataset.plumeSentence = String(range.sentence.index);
      parts.push(span);
      cursor = to;
    }
    if (parts.length === 0) continue;
    if (cursor < node.data.length) parts.push(doc.createTextNode(node.data.slice(cursor)));
    node.replaceWith(...parts);
  }
}

/**
 * Matches the page's elements, in order, with the JSON blocks (the page is made from them:
 * templates/page.html.hbs). A heading's level is not checked (the template chooses the FAQ
 * questions' level), and elements the blocks do not hold (an image, the source's credit) are
 * passed over. Only the document in the frame changes, never the bytes it was made from.
 */
function annotate(doc, blocks) {
  state.sentences = [];
  if (!doc) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/article.css';
  doc.head.append(link);
  const elements = [...doc.querySelectorAll('article h1, article h2, article h3, article h4, article h5, article h6, article p, article li')];
  const units = unitsOf(blocks);
  const mark = (element, sentence) => {
    const entry = { ...sentence, index: state.sentences.length, elements: [] };
    state.sentences.push(entry);
    if (element) {
      element.classList.add('plume-sentence');
      element.dataset.plumeSentence = String(entry.index);
      entry.elements.push(element);
    }
    return entry;
  };
  let next = 0;
  let missed = 0;
  for (const unit of units) {
    const found = elements.findIndex((element, i) => i >= next && shows(element, unit));
    if (found < 0) {
      missed++;
      continue;
    }
    next = found + 1;
    const element = elements[found];
    if (unit.whole || unit.sentences.length === 1) mark(element, unit.sentences[0]);
    else wrapSentences(doc, element, unit.sentences, mark);
  }
  doc.addEventListener('mouseover', (event) => {
    const target = event.target.closest?.('[data-plume-sentence]');
    if (target) highlightSentence(Number(target.dataset.plumeSentence));
  });
  const count = state.sentences.length;
  provenanceBox.replaceChildren(
    el('p', { class: 'muted' }, `Hover a sentence of the article (${count} sentences) to see its template and the source sentences it comes from.`),
    missed > 0 ? el('p', { class: 'bad' }, `${missed} block${missed === 1 ? '' : 's'} of the article could not be matched with its provenance.`) : '',
  );
}

const TEMPLATE_KINDS = [
  [/^source$/, 'a source sentence, as the source writes it'],
  [/^source-title$/, 'the source’s headline'],
  [/^seo-title$/, 'the SEO title, made from the keyphrase'],
  [/^rule\./, 'a source sentence, rewritten by a safe rule'],
  [/^glossary:/, 'a definition from the lexicon’s glossary'],
  [/^topic:/, 'a topic heading from the lexicon'],
  [/./, 'a template sentence, filled with the source’s facts'],
];

/** Scrolls the source list, and it alone, so that the item shows (at the top when it was hidden). */
function revealInList(item) {
  const top = item.offsetTop;
  if (top < sourcesList.scrollTop || top + item.offsetHeight > sourcesList.scrollTop + sourcesList.clientHeight) sourcesList.scrollTo({ top: Math.max(0, top - 4) });
}

/** Scrolls the article's frame, and it alone, so that the element shows (in the middle when it was hidden). */
function revealInFrame(element) {
  const view = element.ownerDocument.defaultView;
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.bottom > view.innerHeight) view.scrollTo({ top: view.scrollY + box.top - view.innerHeight / 3 });
}

function clearHighlights() {
  for (const node of document.querySelectorAll('#sources .hl')) node.classList.remove('hl');
  for (const sentence of state.sentences) for (const element of sentence.elements) element.classList.remove('plume-on', 'plume-from');
}

function highlightSentence(index) {
  const sentence = state.sentences[index];
  if (!sentence) return;
  clearHighlights();
  for (const element of sentence.elements) element.classList.add('plume-on');
  const { sources, template } = sentence.provenance;
  const found = sources.map((id) => sourcesList.querySelector(`li[data-id="${CSS.escape(id)}"]`)).filter(Boolean);
  for (const item of found) item.classList.add('hl');
  if (found[0]) revealInList(found[0]);
  const kind = TEMPLATE_KINDS.find(([pattern]) => pattern.test(template))[1];
  provenanceBox.replaceChildren(
    el('p', { class: 'provenance-head' }, el('span', {}, 'Template '), el('code', { id: 'provenance-template' }, template), el('span', { class: 'muted' }, ` — ${kind}`)),
    el('p', {}, el('span', {}, 'From '), sources.length === 0 ? el('span', { class: 'muted' }, 'no source sentence (made from the metadata)') : sources.map((id, i) => [i > 0 ? ', ' : '', el('code', { class: 'source-id' }, id)])),
    el('p', { class: 'provenance-text' }, sentence.text),
  );
}

function highlightSource(id) {
  clearHighlights();
  sourcesList.querySelector(`li[data-id="${CSS.escape(id)}"]`)?.classList.add('hl');
  const users = state.sentences.filter((s) => s.provenance.sources.includes(id));
  for (const sentence of users) for (const element of sentence.elements) element.classList.add('plume-from');
  if (users[0]?.elements[0]) revealInFrame(users[0].elements[0]);
  provenanceBox.replaceChildren(el('p', {}, el('code', { class: 'source-id' }, id), ` is used by ${users.length} sentence${users.length === 1 ? '' : 's'} of the article${users.length ? ' (outlined)' : ''}.`));
}

sourcesList.addEventListener('mouseover', (event) => {
  const item = event.target.closest('li[data-id]');
  if (item && !item.classList.contains('hl')) highlightSource(item.dataset.id);
});

// ---------------------------------------------------------------------------------------------
// Downloads and copies: the exact strings the server rendered.

function fileName(format) {
  return `${state.result?.article.meta.slug || 'article'}.${FORMATS[format].extension}`;
}

function download(format) {
  if (!state.result) return;
  const url = URL.createObjectURL(new Blob([state.result[format]], { type: FORMATS[format].type }));
  const link = el('a', { href: url, download: fileName(format) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function copy(format) {
  if (!state.result) return;
  const text = state.result[format];
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without the clipboard API (an address that is not this machine's): a selection and execCommand.
    const area = el('textarea', { class: 'offscreen', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) {
      setStatus(`The ${FORMATS[format].label} could not be copied: use Download instead.`, 'bad');
      return;
    }
  }
  setStatus(`${FORMATS[format].label} copied (${text.length} characters).`, 'good');
}

// ---------------------------------------------------------------------------------------------
// Input: typing, pasting, dropping or opening a file; options; Ctrl+Enter.

async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (bytes.includes(0)) throw new Error('binary');
    textArea.value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    showError(`${file.name} is not a UTF-8 text file: convert it first (for example: iconv -f latin1 -t utf-8 FILE)`);
    return;
  }
  $('#file-name').textContent = file.name;
  generate();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  generate();
});
textArea.addEventListener('paste', () => setTimeout(generate, 0));
textArea.addEventListener('input', (event) => {
  if (event.inputType !== 'insertFromPaste' && event.inputType !== 'insertFromDrop') schedule(800);
});
for (const field of fields) field.addEventListener('input', () => schedule(500));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    generate();
  }
});
$('#file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) readFile(file);
  event.target.value = '';
});
const drop = $('#drop');
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
}
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const [file] = event.dataTransfer.files;
  if (file) readFile(file);
  else {
    const text = event.dataTransfer.getData('text/plain');
    if (text) {
      textArea.value = text;
      generate();
    }
  }
});
// A file dropped beside the drop zone must not replace the page.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

for (const button of document.querySelectorAll('[data-tab]')) button.addEventListener('click', () => showTab(button.dataset.tab));
for (const button of document.querySelectorAll('[data-download]')) button.addEventListener('click', () => download(button.dataset.download));
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button.dataset.copy));

showCommand(readForm());
if (textArea.value.trim() !== '') generate();
