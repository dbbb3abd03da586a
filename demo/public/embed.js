// The embed builder (/embed.html): a form of choices, the real widget as a live preview, and the
// snippet to paste into a partner's page, with this backend's addresses in full and, for a
// pinned version, the file's integrity hash from /widgets/<version>/integrity.json. The
// snippet is text (textContent) built from escaped strings: nothing here parses HTML, so a
// hostile value typed into a field shows as text in the snippet and as an attribute's value in
// the preview. Runs after /widgets/mentorkit.js, which defines the preview's elements.
import { bindCopy, el, fillLanguageSelect } from '/gallery/gallery-kit.js';

const ORIGIN = location.origin;

/** The widgets' light defaults (README, "Style a widget to your site"). */
const DEFAULT_ACCENT = '#0b57c2';
/** What the accent meets: text and background in light, background and button text in dark. */
const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUNDS = ['#16171b', '#0b1b36'];

const WIDGETS = {
  'signup-mentor': { tag: 'mk-signup-form', kind: 'mentor' },
  'signup-mentee': { tag: 'mk-signup-form', kind: 'mentee' },
  calendar: { tag: 'mk-training-calendar' },
  match: { tag: 'mk-match-card' },
  glossary: { tag: 'mk-glossary' },
};

const form = document.getElementById('embed-form');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const snippetStatus = document.getElementById('snippet-status');
const retryWrap = document.getElementById('snippet-retry-wrap');
const notes = document.getElementById('snippet-notes');
const copyButton = document.getElementById('copy-button');
const copyStatus = document.getElementById('copy-status');
const privacyInput = document.getElementById('privacy-control');
const matchInput = document.getElementById('match-control');

/**
 * What the backend told us: `version` (undefined until known, null when it could not be
 * loaded) and the integrity hashes of that version (null when they could not be loaded).
 */
const cdn = { loading: true, version: undefined, hashes: undefined, problem: '' };

// ---- Reading the choices ----

function checkedValue(name) {
  return form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
}

function readChoices() {
  const widget = WIDGETS[checkedValue('widget')] ?? WIDGETS['signup-mentor'];
  const accent = form.elements.accent.value.toLowerCase();
  return {
    widget,
    programme: form.elements.programme.value,
    calendarProgramme: form.elements['calendar-programme'].value,
    privacyUrl: privacyInput.value.trim(),
    matchId: matchInput.value.trim(),
    domains: [...form.querySelectorAll('input[name="domain"]:checked')].map((box) => box.value),
    lang: form.elements.lang.value,
    theme: checkedValue('theme'),
    // An <input type=color> gives #rrggbb; anything else is not written anywhere.
    accent: /^#[0-9a-f]{6}$/.test(accent) ? accent : DEFAULT_ACCENT,
    font: form.elements.font.value,
    channel: checkedValue('channel'),
    bundle: checkedValue('bundle'),
  };
}

/** Why a privacy notice's address will not do, or '' when it will. */
function privacyProblem(value) {
  if (value === '') return 'Give the address of your privacy notice: the form needs it.';
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return '';
  } catch {
    // Not a URL at all: said below.
  }
  return 'Give a full web address, starting with https://, as your notice has on your site.';
}

function matchProblem(value) {
  return value === '' ? 'Give the id of a match.' : '';
}

/** The widget's attributes, in the order the snippet shows them. */
function attributesFor(choices) {
  const { widget } = choices;
  const attributes = [];
  if (widget.tag === 'mk-signup-form') {
    attributes.push(['kind', widget.kind], ['endpoint', `${ORIGIN}/api/signups`]);
    if (choices.programme) attributes.push(['programme', choices.programme]);
    attributes.push(['privacy-url', choices.privacyUrl]);
  } else if (widget.tag === 'mk-training-calendar') {
    // With a programme, no `src`: the widget asks the backend beside its script (this one) for
    // that programme's trainings, as the signup form's `programme` names where signups go.
    if (choices.calendarProgramme) attributes.push(['programme', choices.calendarProgramme]);
    else attributes.push(['src', `${ORIGIN}/api/trainings.json`]);
  } else if (widget.tag === 'mk-glossary') {
    // The terms are in the widget's own chunks: no address. All subjects is the default.
    const all = form.querySelectorAll('input[name="domain"]').length;
    if (choices.domains.length > 0 && choices.domains.length < all) {
      attributes.push(['domains', choices.domains.join(' ')]);
    }
  } else {
    const id = choices.matchId || 'MATCH-ID';
    attributes.push(
      ['audience', 'public'],
      ['src', `${ORIGIN}/api/matches/${encodeURIComponent(id)}`],
    );
  }
  if (choices.lang) attributes.push(['lang', choices.lang]);
  if (choices.theme) attributes.push(['theme', choices.theme]);
  return attributes;
}

/** The --mk-* tokens that differ from the widgets' defaults. */
function tokensFor(choices) {
  const tokens = [];
  if (choices.accent !== DEFAULT_ACCENT) tokens.push(['--mk-color-accent', choices.accent]);
  if (choices.font) tokens.push(['--mk-font-family', choices.font]);
  return tokens;
}

// ---- The snippet (text) ----

/** A value inside a double-quoted HTML attribute. */
function escapeAttribute(value) {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function openingTag(tag, attributes) {
  const lines = attributes.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`);
  return [`<${tag}`, ...lines, '>'].join('\n');
}

/** The script's file and its hash (or why there is none). */
function scriptFor(choices) {
  const file = choices.bundle === 'all' ? 'mentorkit.js' : `${choices.widget.tag}.js`;
  const pinned = choices.channel === 'version' && typeof cdn.version === 'string';
  const folder = pinned ? cdn.version : 'latest';
  const integrity = pinned ? cdn.hashes?.[file] : undefined;
  return { file, folder, pinned, integrity, src: `${ORIGIN}/widgets/${folder}/${file}` };
}

function snippetText(choices, script) {
  const scriptAttributes = [
    ['type', 'module'],
    ['src', script.src],
  ];
  if (script.integrity) {
    scriptAttributes.push(['integrity', script.integrity], ['crossorigin', 'anonymous']);
  }
  const parts = [`${openingTag('script', scriptAttributes)}</script>`];
  const tokens = tokensFor(choices);
  if (tokens.length > 0) {
    // The values come from a colour input (#rrggbb) and a fixed list of font stacks.
    const declarations = tokens.map(([name, value]) => `    ${name}: ${value};`);
    parts.push(
      ['<style>', `  ${choices.widget.tag} {`, ...declarations, '  }', '</style>'].join('\n'),
    );
  }
  const { tag } = choices.widget;
  parts.push(`${openingTag(tag, attributesFor(choices))}</${tag}>`);
  return parts.join('\n\n');
}

/** Notes under the snippet: why it has integrity or not, and what the page's CSP needs. */
function snippetNotes(choices, script) {
  const lines = [];
  const integrityUrl = `/widgets/${cdn.version}/integrity.json`;
  if (script.integrity) {
    lines.push([
      '`integrity`: the browser runs the file only if it matches this hash (from ',
      ['a', integrityUrl],
      '); `crossorigin="anonymous"` fetches it without cookies.',
    ]);
    lines.push([
      script.file === 'mentorkit.js'
        ? 'The loader checks the widget file it imports against a hash it carries, so this hash vouches for that file too. '
        : 'This hash covers the widget’s whole file. ',
      'The chunks loaded later (other languages, the form’s checks, the calendar’s readers) are named by their content and not covered by a hash.',
    ]);
  } else if (script.pinned) {
    lines.push([
      'No `integrity`: the hashes could not be loaded. Add the hash of `',
      script.file,
      '` from ',
      ['a', integrityUrl],
      ' yourself, or try again.',
    ]);
  } else {
    lines.push([
      'No `integrity` with `latest`: it follows each new version, and a fixed hash would stop the widget from loading after the next release. Pin a version to have one.',
    ]);
  }
  if (tokensFor(choices).length > 0) {
    lines.push([
      "The `<style>` element needs `style-src` with its hash or `'unsafe-inline'` in your page’s Content-Security-Policy; or put its rule in your own stylesheet.",
    ]);
  }
  lines.push([
    `Your page’s Content-Security-Policy needs \`${ORIGIN}\` in \`script-src\` and \`connect-src\`; with Trusted Types, \`trusted-types lit-html\`.`,
  ]);
  return lines;
}

/** One note: text with `code` spans, and ['a', href] links. */
function noteItem(pieces) {
  const item = el('li');
  for (const piece of pieces) {
    if (Array.isArray(piece)) {
      item.append(el('a', piece[1], { href: piece[1] }));
      continue;
    }
    piece.split('`').forEach((text, index) => {
      if (text !== '') item.append(index % 2 === 1 ? el('code', text) : text);
    });
  }
  return item;
}

// ---- The preview ----

/** Attributes the preview has and the snippet does not (this page's address is not the partner's). */
const PREVIEW_ONLY = {
  'mk-signup-form': [['without-draft', '']],
  'mk-glossary': [['without-hash', '']],
};

/** The preview's widget with the choices' attributes and tokens (a new one for another tag). */
function updatePreview(choices) {
  const { tag } = choices.widget;
  let widget = preview.firstElementChild;
  const isNew = widget?.localName !== tag;
  if (isNew) {
    widget = document.createElement(tag);
    widget.id = 'preview-widget';
  }
  const attributes = [...attributesFor(choices), ...(PREVIEW_ONLY[tag] ?? [])];
  const wanted = new Set(attributes.map(([name]) => name));
  for (const name of widget.getAttributeNames()) {
    if (name !== 'id' && !wanted.has(name)) widget.removeAttribute(name);
  }
  for (const [name, value] of attributes) {
    if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  }
  // Through the CSSOM, which the page's CSP (style-src 'self') allows; a style attribute it would not.
  widget.style.removeProperty('--mk-color-accent');
  widget.style.removeProperty('--mk-font-family');
  for (const [name, value] of tokensFor(choices)) widget.style.setProperty(name, value);
  // Inserted with its attributes set, so it never starts as another widget (the glossary would
  // read this page's address before it learns without-hash).
  if (isNew) preview.replaceChildren(widget);
}

// ---- Messages at the fields ----

function showFieldProblem(input, errorElement, problem) {
  errorElement.textContent = problem;
  if (problem) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Contrast of two #rrggbb colours (WCAG 2). */
function contrast(first, second) {
  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

function accentHint(choices) {
  if (choices.accent === DEFAULT_ACCENT) {
    return 'The default accent; in dark, the widgets use a lighter blue of their own.';
  }
  const light = contrast(choices.accent, LIGHT_BACKGROUND);
  const dark = Math.min(...DARK_BACKGROUNDS.map((colour) => contrast(choices.accent, colour)));
  const ratio = (value) => `${value.toFixed(1)}:1`;
  const darkMatters = choices.theme !== 'light';
  const parts = [`Contrast ${ratio(light)} in light`];
  if (darkMatters) parts.push(`${ratio(dark)} in dark`);
  let text = `${parts.join(', ')} (WCAG AA asks for 4.5:1).`;
  if (light < 4.5) text += ' Too low in light: choose a darker colour.';
  if (darkMatters && dark < 4.5) {
    text +=
      ' Too low in dark: choose the light theme, or set the accent per colour scheme in your stylesheet.';
  }
  return text;
}

// ---- Putting it together ----

let lastSnippet = '';

function update() {
  const choices = readChoices();
  const isSignup = choices.widget.tag === 'mk-signup-form';
  const isMatch = choices.widget.tag === 'mk-match-card';
  document.getElementById('signup-options').hidden = !isSignup;
  document.getElementById('calendar-options').hidden =
    choices.widget.tag !== 'mk-training-calendar';
  document.getElementById('match-options').hidden = !isMatch;
  document.getElementById('glossary-options').hidden = choices.widget.tag !== 'mk-glossary';
  showFieldProblem(
    privacyInput,
    document.getElementById('privacy-error'),
    isSignup ? privacyProblem(choices.privacyUrl) : '',
  );
  showFieldProblem(
    matchInput,
    document.getElementById('match-error'),
    isMatch ? matchProblem(choices.matchId) : '',
  );
  document.getElementById('accent-hint').textContent = accentHint(choices);

  updatePreview(choices);

  if (cdn.loading) return;
  const script = scriptFor(choices);
  const text = snippetText(choices, script);
  if (text !== lastSnippet) {
    lastSnippet = text;
    snippet.textContent = text;
    copyStatus.textContent = '';
  }
  notes.replaceChildren(...snippetNotes(choices, script).map(noteItem));
}

function setStatus(text, bad) {
  snippetStatus.textContent = text;
  snippetStatus.classList.toggle('status-bad', bad);
  retryWrap.hidden = !bad;
}

async function fetchJson(path) {
  let response;
  try {
    response = await fetch(path, { cache: 'no-cache' });
  } catch {
    throw new Error(`${path} could not be reached`);
  }
  if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${path} is not JSON`);
  }
}

/** Learns the backend's version and its integrity hashes; a failure leaves a snippet without. */
async function loadCdn() {
  cdn.loading = true;
  copyButton.disabled = true;
  snippet.textContent = '…';
  lastSnippet = '';
  setStatus('Loading this backend’s version and integrity hashes…', false);
  const versionRadio = form.querySelector('input[name="channel"][value="version"]');
  try {
    const index = await fetchJson('/widgets/versions.json');
    if (typeof index?.latest !== 'string' || !/^[\w.-]+$/.test(index.latest)) {
      throw new Error('/widgets/versions.json names no version');
    }
    cdn.version = index.latest;
    document.getElementById('version-label').textContent = cdn.version;
    versionRadio.disabled = false;
  } catch (error) {
    cdn.version = null;
    cdn.hashes = null;
    versionRadio.disabled = true;
    form.querySelector('input[name="channel"][value="latest"]').checked = true;
    setStatus(
      `The version could not be loaded (${error.message}), so the snippet uses latest, which has no integrity.`,
      true,
    );
    finishLoading();
    return;
  }
  try {
    const hashes = await fetchJson(`/widgets/${cdn.version}/integrity.json`);
    if (!hashes || typeof hashes !== 'object') throw new Error('integrity.json holds no hashes');
    cdn.hashes = hashes;
    setStatus(`Version ${cdn.version}, with its integrity hashes.`, false);
  } catch (error) {
    cdn.hashes = null;
    setStatus(
      `The integrity hashes could not be loaded (${error.message}): the snippet has no integrity attribute.`,
      true,
    );
  }
  finishLoading();
}

function finishLoading() {
  cdn.loading = false;
  copyButton.disabled = false;
  update();
}

// ---- Start ----

fillLanguageSelect(form.elements.lang);
privacyInput.value = `${ORIGIN}/privacy.html`;
matchInput.value = 'demo-match-1';
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
bindCopy(copyButton, snippet, copyStatus);
document.getElementById('snippet-retry').addEventListener('click', async () => {
  await loadCdn();
  // The button hides once loading works: focus goes to what it says rather than to the page.
  if (retryWrap.hidden) snippetStatus.focus();
});
update();
await loadCdn();
