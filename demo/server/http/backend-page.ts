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
