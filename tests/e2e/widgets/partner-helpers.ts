// A partner's own site on a second origin, for the tests of embedding: a tiny server on a
// free port that serves the page (and its files), the README's snippet as a web editor fills
// it in, the strict CSP such a page sets, and a match of the demo data to show.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_DIR, coordinatorHeaders, freePort } from '../backend/backend-helpers.ts';

export const WIDGETS_VERSION = (
  JSON.parse(readFileSync(join(REPO_DIR, 'widgets/package.json'), 'utf8')) as { version: string }
).version;

/** The SRI hash the build published for a CDN file (`mentorkit.js`). */
export function integrityOf(file: string): string {
  const hashes = JSON.parse(
    readFileSync(join(REPO_DIR, 'widgets/dist/cdn/integrity.json'), 'utf8'),
  ) as Record<string, string>;
  const hash = hashes[file];
  if (!hash) throw new Error(`integrity.json has no ${file}: run npm run build`);
  return hash;
}

/** The first `language` block of the README's "Embed a widget" section, as a web editor copies it. */
function readmeBlock(language: 'html' | 'css'): string {
  const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed a widget'));
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section)?.[1];
  if (!block) throw new Error(`The README has no ${language} block under "Embed a widget"`);
  return block;
}

/** The README's snippet, as it stands. */
export const readmeSnippet = (): string => readmeBlock('html');

/** The README's example of styling each widget. */
export const readmeStyles = (): string => readmeBlock('css');

/** The README's snippet with a partner's values: the backend's address, the hash, a match. */
export function filledInSnippet(backend: string, matchId: string): string {
  return readmeSnippet()
    .replaceAll('https://mentor.example.org', backend)
    .replace('sha384-…', integrityOf('mentorkit.js'))
    .replace('MATCH-ID', matchId);
}

/** The policy of a careful partner page: only the backend for scripts and data. */
export function strictPolicy(backend: string, extraConnect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src ${backend}`,
    `connect-src ${[backend, ...extraConnect].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** A page in the partner's language with their policy, head extras and body. */
export function partnerDocument(options: {
  title: string;
  policy: string;
  head?: string;
  body: string;
}): string {
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${options.policy}" />
    <title>${options.title}</title>
    <link rel="icon" href="data:," />
    ${options.head ?? ''}
  </head>
  <body>
    <main>
      ${options.body}
    </main>
  </body>
</html>`;
}

/** A match of the demo data, to show on the partner's page. */
export async function someMatchId(backend: string): Promise<string> {
  const response = await fetch(`${backend}/api/coordinator/matches`, {
    headers: await coordinatorHeaders(backend),
  });
  const matches = (await response.json()) as { profile: { id: string } }[];
  const id = matches[0]?.profile.id;
  if (!id) throw new Error('The demo data has no match');
  return id;
}

export interface PartnerSite {
  /** `http://127.0.0.1:<port>`, another origin than the backend's. */
  origin: string;
  close(): void;
}

/**
 * Serves `files` (path → [content type, body], read at each request so a test can change
 * them) on a free port of 127.0.0.1; anything else is a 404.
 */
export async function servePartnerSite(
  files: () => Record<string, readonly [string, string]>,
): Promise<PartnerSite> {
  const server: Server = createServer((request, response) => {
    const file = files()[request.url ?? ''];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * Collects what a careful page must never show: script errors and CSP violations, and unless
 * `consoleErrors` is false (a page that shows a refused feed on purpose) any console error.
 */
export async function watchForProblems(
  page: Page,
  { consoleErrors = true } = {},
): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && (consoleErrors || text.startsWith('CSP violation'))) {
      problems.push(text);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}
