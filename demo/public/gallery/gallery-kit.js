// What every gallery page shares: controls bound to a widget's attributes, the embed snippet of
// what is shown (with Copy), a log of the mk-* events as they happen, and the reference tables
// generated from the widgets' custom-elements.json (the demo's build writes them with
// demo/scripts/build-docs.mjs; the server serves them as /gallery/docs/<tag>.json).
// Text only through textContent and DOM APIs: nothing here parses HTML.

export const LANGUAGES = [
  ['sv', 'Svenska'],
  ['en', 'English'],
  ['ar', 'العربية'],
  ['fa', 'فارسی'],
  ['prs', 'دری'],
  ['so', 'Soomaali'],
  ['ti', 'ትግርኛ'],
  ['uk', 'Українська'],
];

export const CDN_SCRIPT = '<script type="module" src="https://YOUR-CDN/mentorkit.js"></script>';

/** An element with text (never HTML). */
export function el(tag, text, attributes = {}) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Text with `code` spans (Markdown backticks) as <code> elements. */
function withCode(parent, text) {
  text.split('`').forEach((piece, index) => {
    if (piece === '') return;
    parent.append(index % 2 === 1 ? el('code', piece) : piece);
  });
  return parent;
}

/** Fills the `lang` select(s) of a page with the eight languages. */
export function fillLanguageSelect(select) {
  for (const [code, name] of LANGUAGES) {
    const option = el('option', `${name} (${code})`, { value: code, lang: code });
    select.append(option);
  }
}

/**
 * Binds a form's controls to a widget's attributes:
 * - `<select data-attr="x">` / `<input data-attr="x">`: the value, or no attribute when empty;
 * - `<input type="checkbox" data-attr="x">`: a boolean attribute, or `data-value` when checked;
 * - `<input type="checkbox" data-attr="x" data-token="t">`: the checked tokens, space-separated.
 * Calls `onChange` after each change (and once at the start, after applying the form).
 */
export function bindControls(form, widget, onChange = () => {}) {
  const apply = () => {
    const tokens = new Map();
    for (const control of form.querySelectorAll('[data-attr]')) {
      const name = control.dataset.attr;
      if (control.type === 'checkbox' && control.dataset.token !== undefined) {
        if (!tokens.has(name)) tokens.set(name, []);
        if (control.checked) tokens.get(name).push(control.dataset.token);
      } else if (control.type === 'checkbox') {
        if (control.checked) widget.setAttribute(name, control.dataset.value ?? '');
        else widget.removeAttribute(name);
      } else if (control.value === '') {
        widget.removeAttribute(name);
      } else {
        widget.setAttribute(name, control.value);
      }
    }
    for (const [name, list] of tokens) widget.setAttribute(name, list.join(' '));
    onChange();
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

/** The attributes worth copying: the documented ones, `lang` and `id`. */
function snippetAttributes(widget, documented) {
  const allowed = new Set([...documented, 'lang', 'id']);
  return [...widget.attributes].filter((attribute) => allowed.has(attribute.name));
}

/** The embed snippet for a widget as it is now (plus lines of script for its properties). */
export function snippetFor(widget, documented, scriptLines = []) {
  const tag = widget.localName;
  const attributes = snippetAttributes(widget, documented).map((attribute) =>
    attribute.value === '' ? attribute.name : `${attribute.name}="${attribute.value}"`,
  );
  const opening =
    attributes.length === 0
      ? `<${tag}>`
      : attributes.join(' ').length + tag.length < 70
        ? `<${tag} ${attributes.join(' ')}>`
        : `<${tag}\n${attributes.map((attribute) => `  ${attribute}`).join('\n')}\n>`;
  const lines = [CDN_SCRIPT, '', `${opening}</${tag}>`];
  if (scriptLines.length > 0) lines.push('', '<script type="module">', ...scriptLines, '</script>');
  return lines.join('\n');
}

/**
 * A Copy button for the text of `code`, reporting in `status` (a role="status" element). When
 * the browser refuses the clipboard, the snippet's text is selected, so copying by hand is one
 * keystroke.
 */
export function bindCopy(button, code, status) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Copied';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent =
        'Could not copy: the snippet is selected, copy it by hand (Ctrl+C, or ⌘C on a Mac).';
    }
  });
}

function summarise(detail) {
  if (detail === null || detail === undefined) return '';
  const summary = {};
  for (const [key, value] of Object.entries(detail)) {
    if (value && typeof value === 'object') {
      summary[key] = value.title ?? value.uid ?? value.id ?? value.kind ?? '…';
    } else {
      summary[key] = value;
    }
  }
  const text = JSON.stringify(summary);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** Logs each of `names` fired anywhere on the page into `log` (role="log", with a list). */
export function logEvents(names, log) {
  const list = log.querySelector('ol') ?? log;
  for (const name of names) {
    document.addEventListener(name, (event) => {
      const time = new Date().toLocaleTimeString('en-GB');
      const source = event.target.id ? `#${event.target.id}` : event.target.localName;
      const item = el('li', `${time} ${name} from ${source} ${summarise(event.detail)}`.trim());
      list.append(item);
      log.scrollTop = log.scrollHeight;
    });
  }
}

/** The generated documentation of a widget (/gallery/docs/<tag>.json). */
export async function loadDocs(tag) {
  const response = await fetch(`/gallery/docs/${tag}.json`);
  if (!response.ok) throw new Error(`docs/${tag}.json: HTTP ${response.status}`);
  return response.json();
}

function table(caption, headings, rows) {
  const wrap = el('div', null, { class: 'table-wrap' });
  const element = el('table');
  element.append(el('caption', caption));
  const head = el('thead');
  const headRow = el('tr');
  for (const heading of headings) headRow.append(el('th', heading, { scope: 'col' }));
  head.append(headRow);
  const body = el('tbody');
  for (const cells of rows) {
    const row = el('tr');
    cells.forEach((cell, index) => {
      const element = index === 0 ? el('th', null, { scope: 'row' }) : el('td', null);
      if (index === 0 || cell.code) element.append(el('code', cell.text ?? cell));
      else withCode(element, cell.text ?? cell);
      row.append(element);
    });
    body.append(row);
  }
  element.append(head, body);
  wrap.append(element);
  return wrap;
}

const code = (text) => ({ text, code: true });

/** Renders the reference tables into `container`. */
export function renderDocs(container, docs) {
  const sections = [];
  const intro = el('p');
  withCode(intro, docs.summary);
  sections.push(intro);
  if (docs.attributes.length > 0) {
    sections.push(
      table(
        'Attributes',
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        docs.attributes.map((a) => [
          a.name,
          code(a.property),
          code(a.type),
          code(a.default),
          a.description,
        ]),
      ),
    );
  }
  const propertiesOnly = docs.properties.filter((p) => !p.attribute);
  if (propertiesOnly.length > 0) {
    sections.push(
      table(
        'Properties (set from script)',
        ['Property', 'Type', 'Default', 'Description'],
        propertiesOnly.map((p) => [p.name, code(p.type), code(p.default), p.description]),
      ),
    );
  }
  if (docs.methods.length > 0) {
    sections.push(
      table(
        'Methods',
        ['Method', 'Description'],
        docs.methods.map((m) => [`${m.name}(${m.parameters})`, m.description]),
      ),
    );
  }
  if (docs.events.length > 0) {
    sections.push(
      table(
        'Events (bubbling and composed)',
        ['Event', 'Type', 'Description'],
        docs.events.map((e) => [e.name, code(e.type || 'CustomEvent'), e.description]),
      ),
    );
  }
  if (docs.cssParts.length > 0) {
    sections.push(
      table(
        'CSS parts (style with ::part())',
        ['Part', 'Description'],
        docs.cssParts.map((p) => [p.name, p.description]),
      ),
    );
  }
  if (docs.cssProperties.length > 0) {
    sections.push(
      table(
        'CSS custom properties',
        ['Property', 'Description'],
        docs.cssProperties.map((p) => [p.name, p.description]),
      ),
    );
  }
  container.replaceChildren(...sections);
}

/**
 * Sets up a gallery page's playground: controls, snippet, copy, log and docs. `scriptLines`
 * returns the lines of script the snippet needs for properties (or none).
 */
export async function setUpGallery({ tag, widget, form, events, scriptLines = () => [] }) {
  const snippet = document.getElementById('snippet');
  const docsContainer = document.getElementById('reference');
  let documented = [];
  logEvents(events, document.getElementById('event-log'));
  const update = () => {
    const text = snippetFor(widget, documented, scriptLines());
    if (text === snippet.textContent) return;
    snippet.textContent = text;
    document.getElementById('copy-status').textContent = '';
  };
  bindCopy(document.getElementById('copy-button'), snippet, document.getElementById('copy-status'));
  try {
    const docs = await loadDocs(tag);
    documented = docs.attributes.map((attribute) => attribute.name);
    renderDocs(docsContainer, docs);
  } catch (error) {
    docsContainer.replaceChildren(
      el(
        'p',
        `The reference could not be loaded (${error.message}). Build the demo: npm run build.`,
      ),
    );
  }
  bindControls(form, widget, update);
  // Attributes the widget changes itself (a reflected view after a click) update the snippet.
  new MutationObserver(update).observe(widget, { attributes: true });
}
