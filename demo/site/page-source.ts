// A page source (demo/pages/**.html, demo/frameworks/*.html) holds only what is the page's own:
// front matter between `---` lines, then the content of its <main>. The layout adds the rest.
//
//   ---
//   title: Programme page — Mentorkit demo
//   csp: widgets
//   stylesheets:
//     - /demo.css
//   scripts:
//     - /widgets/mentorkit.js
//     - /programme.js
//   ---
//
//   <h1>Mentorship programme (demo)</h1>
//
// The front matter is a small subset of YAML (so editors and Prettier treat it as YAML):
// `key: value` lines, lists as `- item` lines under `key:`, `#` comments. Anything else is an
// error, and so is an unknown key, so that a typo cannot pass silently.
//
// What several pages show alike is a partial, demo/pages/_partials/<name>.html (not a page: it
// is never built or served on its own). A line of the content that is only
//
//   <!-- include: gallery-tools.html -->
//
// is replaced by that partial, each of its lines indented as the include line is. A partial that
// differs between its places in a few tokens takes them as `name=value` pairs after its name
// (`<!-- include: theme-widgets.html panel=union-dark lang=fa -->`) and writes them as
// `{{panel}}`; a value is letters, digits, `_` and `-` only, so it is safe in any attribute.
// A missing partial, a partial that includes another, a value the partial does not use or a
// `{{name}}` without one, and an include comment that is not a line of its own are errors naming
// the page and its line.
import { isPagePolicyName, type PagePolicyName } from './content-security-policy.ts';
import { isLayoutLanguage, LAYOUT_TEXT, type LayoutLanguage } from './layout-text.ts';

export interface PageSource {
  /** The text of <title> (plain text: the layout escapes it). */
  readonly title: string;
  readonly lang: LayoutLanguage;
  /** One of the named policies of content-security-policy.ts. */
  readonly csp: PagePolicyName;
  /** A <meta name="robots"> value, e.g. `noindex`. */
  readonly robots?: string;
  /** Stylesheets after the layout's own /site.css, in order. */
  readonly stylesheets: readonly string[];
  /** Module scripts, in order (they run in this order, after the document is parsed). */
  readonly scripts: readonly string[];
  /** The content of <main>, as written. */
  readonly content: string;
}

const SCALAR_KEYS = ['title', 'lang', 'csp', 'robots'] as const;
const LIST_KEYS = ['stylesheets', 'scripts'] as const;

type FrontMatter = Record<string, string | string[]>;

export class PageSourceError extends Error {}

/** A "double-quoted" (JSON's escapes), 'single-quoted' or plain YAML scalar. */
function scalar(text: string, fail: (message: string) => never): string {
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      fail(`${text} is not a double-quoted string`);
    }
  }
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) fail(`${text} is not a single-quoted string`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  // In YAML a plain value ends where " #" starts a comment.
  return text.replace(/\s#.*$/, '').trim();
}

function parseFrontMatter(block: string, fail: (message: string) => never): FrontMatter {
  const values: FrontMatter = {};
  let list: string[] | undefined;
  for (const [index, line] of block.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    // Line 1 of the file is the opening "---".
    const failHere: (message: string) => never = (message) =>
      fail(`front matter line ${index + 2}: ${message}`);
    const item = /^\s*- (.+)$/.exec(line);
    if (item) {
      if (!list) failHere('a list item outside a list');
      list.push(scalar((item[1] ?? '').trim(), failHere));
      continue;
    }
    const entry = /^([a-z]+):(?: (.*))?$/.exec(line);
    if (!entry) failHere('expected "key: value", "key:" or "  - item"');
    const [, key = '', value = ''] = entry;
    if (Object.hasOwn(values, key)) failHere(`"${key}" is given twice`);
    if (value.trim() === '') {
      list = [];
      values[key] = list;
    } else {
      list = undefined;
      values[key] = scalar(value.trim(), failHere);
    }
  }
  return values;
}

/** The partials a page may include, by file name: `{ 'gallery-tools.html': '<h3>…' }`. */
export type Partials = Readonly<Record<string, string>>;

const INCLUDE_LINE = /^([ \t]*)<!-- include: ([a-z0-9-]+\.html)((?: [a-z]+=[\w-]+)*) -->$/;
const INCLUDE_MARK = /<!--\s*include\b/;
const PLACEHOLDER = /\{\{([a-z]+)\}\}/g;

/** One include line's partial, with its values filled in and indented as the line is. */
function includePartial(
  partials: Partials,
  include: RegExpExecArray,
  fail: (message: string) => never,
): string {
  const [, indent = '', name = '', pairs = ''] = include;
  if (!Object.hasOwn(partials, name)) {
    const known = Object.keys(partials).sort().join(', ') || 'none';
    fail(`no partial "${name}" in demo/pages/_partials (known: ${known})`);
  }
  const partial = (partials[name] ?? '').replaceAll('\r\n', '\n').replace(/^\n+|\s+$/g, '');
  if (INCLUDE_MARK.test(partial)) fail(`partial "${name}" includes another; partials do not nest`);

  const values = new Map<string, string>();
  for (const pair of pairs.trim().split(' ').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    if (values.has(key)) fail(`"${key}" is given twice`);
    values.set(key, value);
  }
  const used = new Set<string>();
  const filled = partial.replaceAll(PLACEHOLDER, (_, key: string) => {
    const value = values.get(key);
    if (value === undefined) fail(`partial "${name}" needs a value for {{${key}}}`);
    used.add(key);
    return value;
  });
  const unused = [...values.keys()].filter((key) => !used.has(key));
  if (unused.length > 0) fail(`partial "${name}" has no {{${unused.join('}}, {{')}}}`);

  return filled
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

/** The content with each include line replaced by its partial; `firstLine` is its line in the file. */
function expandIncludes(
  content: string,
  firstLine: number,
  partials: Partials,
  fail: (message: string) => never,
): string {
  return content
    .split('\n')
    .map((line, index) => {
      if (!INCLUDE_MARK.test(line)) return line;
      const failHere: (message: string) => never = (message) =>
        fail(`line ${firstLine + index}: ${message}`);
      const include = INCLUDE_LINE.exec(line);
      if (!include)
        failHere(
          'an include is a line of its own: "<!-- include: name.html -->" (then name=value pairs)',
        );
      return includePartial(partials, include, failHere);
    })
    .join('\n');
}

/** Reads a page source, with its includes from `partials`; `file` names it in errors. */
export function parsePageSource(text: string, file: string, partials: Partials = {}): PageSource {
  function fail(message: string): never {
    throw new PageSourceError(`${file}: ${message}`);
  }
  const normalized = text.replaceAll('\r\n', '\n');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(normalized);
  if (!frontMatter) fail('a page source starts with front matter between "---" lines');
  const values = parseFrontMatter(frontMatter[1] ?? '', fail);

  const known: readonly string[] = [...SCALAR_KEYS, ...LIST_KEYS];
  for (const [key, value] of Object.entries(values)) {
    if (!known.includes(key)) fail(`unknown key "${key}" (known: ${known.join(', ')})`);
    const isList = (LIST_KEYS as readonly string[]).includes(key);
    if (!isList && typeof value !== 'string') fail(`"${key}" takes one value, not a list`);
    if (isList && typeof value === 'string') fail(`"${key}" takes a list of "- item" lines`);
  }
  const one = (key: (typeof SCALAR_KEYS)[number]) => values[key] as string | undefined;
  const many = (key: (typeof LIST_KEYS)[number]) => (values[key] as string[] | undefined) ?? [];

  const title = one('title') ?? fail('"title" is required');
  const lang = one('lang') ?? 'en';
  if (!isLayoutLanguage(lang))
    fail(`"lang: ${lang}": the layout speaks ${Object.keys(LAYOUT_TEXT).join(', ')}`);
  const csp = one('csp') ?? fail('"csp" is required (a policy of content-security-policy.ts)');
  if (!isPagePolicyName(csp)) fail(`"csp: ${csp}" is not a policy of content-security-policy.ts`);
  const robots = one('robots');

  return {
    title,
    lang,
    csp,
    ...(robots === undefined ? {} : { robots }),
    stylesheets: many('stylesheets'),
    scripts: many('scripts'),
    content: expandIncludes(
      normalized.slice(frontMatter[0].length),
      frontMatter[0].split('\n').length,
      partials,
      fail,
    ).trim(),
  };
}
