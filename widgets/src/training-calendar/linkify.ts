/**
 * Plain text with its http(s) addresses made into links, as Lit templates: the text is never
 * parsed as HTML, and only addresses that core's `webHref` accepts become links.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { webHref } from '@mentorkit/core/web-url';

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]}»”’]+$/;

export type TextPart = { text: string } | { href: string; text: string };

/** Splits `text` into plain runs and web addresses. Pure, so node tests can check it. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    let address = match[0];
    const trailing = TRAILING.exec(address)?.[0] ?? '';
    address = address.slice(0, address.length - trailing.length);
    const href = webHref(address);
    if (!href) continue;
    const index = match.index;
    if (index > last) parts.push({ text: text.slice(last, index) });
    parts.push({ href, text: address });
    last = index + address.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export function renderLinkedText(text: string, opensInNewWindow: string): TemplateResult {
  return html`${splitLinks(text).map((part) =>
    'href' in part
      ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer nofollow"
          >${part.text}<span class="visually-hidden"> (${opensInNewWindow})</span></a
        >`
      : part.text,
  )}`;
}
