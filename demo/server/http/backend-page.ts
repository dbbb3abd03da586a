// What the backend's own small pages share (the signup confirmation, a participant's match
// card): one HTML frame in the reader's language and direction, their one stylesheet served
// from the backend (their policies allow no inline style), and the reader's language when the
// link names no person.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { directionOf, resolveLocale, type Locale } from '@mentorkit/core';
import { html, type SafeHtml } from '../mail/html.ts';

/** A page: title as its heading, the stylesheet at `stylesheetPath`, `head` extras, `content`. */
export function backendPage(options: {
  locale: Locale;
  title: string;
  stylesheetPath: string;
  head?: SafeHtml | string;
  content: SafeHtml | string;
}): string {
  return html`<!doctype html>
    <html lang="${options.locale}" dir="${directionOf(options.locale)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${options.title}</title>
        <link rel="stylesheet" href="${options.stylesheetPath}" />
        ${options.head ?? ''}
      </head>
      <body>
        <main>
          <h1>${options.title}</h1>
          ${options.content}
        </main>
      </body>
    </html> `.markup;
}

/**
 * The policy of a page that hosts one of our widgets from /widgets/ (a participant's match card,
 * a follow-up): scripts and data from here only, Trusted Types for Lit, nothing framed, and
 * forms posted to this page's own origin only where the page has one.
 */
export function widgetPagePolicy(forms: 'none' | 'self' = 'none'): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    `form-action '${forms}'`,
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/**
 * The policy of a page of ours with no script that posts a form to itself (the signup's
 * confirmation, a coordinator's sign-in): its own stylesheet, nothing else, never framed.
 */
export const FORM_PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Answers with a page a mailed link opened: never cached, never framed, and no referrer (the
 * page's URL is the person's key). HEAD gets the headers only.
 */
export function sendLinkPage(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: string,
  policy: string,
): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': policy,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Answers with a page's stylesheet (cached an hour: it changes only with a release). */
export function answerStylesheet(response: ServerResponse, css: string): void {
  response.writeHead(200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Content-Length': Buffer.byteLength(css),
    'Cache-Control': 'public, max-age=3600',
  });
  response.end(css);
}

/** The reader's language for a link that names no person: their browser's, else Swedish. */
export function browserLocale(request: IncomingMessage): Locale {
  const first = request.headers['accept-language']?.split(',')[0]?.split(';')[0]?.trim();
  return first ? resolveLocale(first) : 'sv';
}
