// A tagged template for writing HTML in the page build: every interpolated value is escaped as
// text unless it is itself `markup` (or `trustedMarkup`), so a title or a URL can never become
// HTML by mistake. The pages are built ahead of time, as strings; nothing here runs in a
// browser. (Not named `html`: that is Lit's, and Prettier would reformat the templates.)

const source = Symbol('markup source');

/** A piece of HTML that is inserted as it is. */
export interface Markup {
  readonly [source]: string;
}

type Value = Markup | string | number | boolean | null | undefined | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text safe in element content and in "double-quoted" attribute values, the only quotes the
 * layout writes (so a policy's 'self' stays readable in the page's source).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

function isMarkup(value: unknown): value is Markup {
  return typeof value === 'object' && value !== null && source in value;
}

// Array.isArray narrows to `any[]` and leaves a readonly list in the type.
function isList(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

function render(value: Value): string {
  if (isMarkup(value)) return value[source];
  if (isList(value)) return value.map(render).join('');
  // Nothing for the values that mean "leave it out", so that `${cond && markup`…`}` works.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: readonly Value[]): Markup {
  let result = strings[0] ?? '';
  values.forEach((value, index) => {
    result += render(value) + (strings[index + 1] ?? '');
  });
  return { [source]: result };
}

/** Markup from a file of ours (a page's own content), inserted without escaping. */
export function trustedMarkup(html: string): Markup {
  return { [source]: html };
}

export function markupToString(value: Markup): string {
  return value[source];
}
