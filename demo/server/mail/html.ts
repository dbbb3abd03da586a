// The HTML part of every mail: values escaped on the way in, so a name like
// `<img src=x onerror=…>` arrives as text; `lang` and `dir` from the recipient's language, so
// Arabic, Persian and Dari read right to left in every mail client that honours them.
import { directionOf, type Locale } from '@mentorkit/core';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** Markup built by `html`, safe to place in more markup as it is. */
export interface SafeHtml {
  readonly markup: string;
}

type HtmlValue = string | number | SafeHtml | readonly HtmlValue[];

/** A template literal whose values are escaped, unless they are SafeHtml (or lists of it). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += toMarkup(value) + (strings[index + 1] ?? '');
  });
  return { markup };
}

function toMarkup(value: HtmlValue): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (isHtmlList(value)) return value.map(toMarkup).join('');
  return value.markup;
}

// Array.isArray does not narrow a readonly array type.
const isHtmlList = (value: HtmlValue): value is readonly HtmlValue[] => Array.isArray(value);

/** A whole HTML document for a mail: plain, readable without its styles, in `locale`. */
export function mailDocument(locale: Locale, title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="${locale}" dir="${directionOf(locale)}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em">
        ${body}
      </body>
    </html> `.markup;
}
