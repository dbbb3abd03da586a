// The demo server: the demo pages, the built widget bundles, and the reference backend (the API
// of the widget data contract and the coordinator API). `createDemoServer` is used by
// `npm start` and by the end-to-end tests, so that both run exactly the same server.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COORDINATOR_POLICY, serializePolicy } from '../site/content-security-policy.ts';
import type { Backend } from './backend.ts';
import { serveWidgets } from './cdn.ts';
import { describeError } from './http/log-error.ts';
import { serveStatic, type FileHeaders } from './static-files.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface DemoServerOptions {
  /** Folder of the built demo pages (demo/site/build-pages.ts), served under /. */
  pagesDir?: string;
  /** Folder of the pages Vite builds (demo/vite.config.ts: React, Vue, coordinator), under /. */
  appsDir?: string;
  /** Folder of the gallery's reference docs (demo/scripts/build-docs.mjs), under /gallery/docs/. */
  docsDir?: string;
  /** Folder of the pages' scripts, styles and data, served under / after the pages. */
  publicDir?: string;
  /** Folder of the built CDN bundle, served under /widgets/<version>/ and /widgets/latest/. */
  widgetsDir?: string;
  /** The version in the widgets' CDN paths; default the widgets package's version. */
  widgetsVersion?: string;
  /** The reference backend answering /api/*; without one, /api answers 404 like any page. */
  backend?: Backend;
}

/** Headers on every answer: the demo shows that the widgets need no loosened policy. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The coordinator view's policy: a header, because it forbids framing (see the policy). */
const COORDINATOR_CSP = serializePolicy(COORDINATOR_POLICY) ?? '';

export function createDemoServer(options: DemoServerOptions = {}): Server {
  const pagesDir = options.pagesDir ?? join(repoRoot, 'demo', 'dist', 'pages');
  const appsDir = options.appsDir ?? join(repoRoot, 'demo', 'dist', 'apps');
  const docsDir = options.docsDir ?? join(repoRoot, 'demo', 'dist', 'gallery-docs');
  const publicDir = options.publicDir ?? join(repoRoot, 'demo', 'public');
  const widgetsDir = options.widgetsDir ?? join(repoRoot, 'widgets', 'dist', 'cdn');
  const widgetsVersion = options.widgetsVersion ?? widgetsPackageVersion();
  const { backend } = options;

  return createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    (async () => {
      if (backend && (await backend.handle(request, response))) return;
      if (await serveWidgets(request, response, widgetsDir, widgetsVersion)) return;
      if (await serveStatic(request, response, pagesDir, '/')) return;
      // The coordinator view's policy goes with its files, whatever spelling of the path
      // reached them (`/%63oordinator/` is the same page).
      if (await serveStatic(request, response, appsDir, '/', coordinatorHeaders(appsDir))) return;
      if (await serveStatic(request, response, docsDir, '/gallery/docs/')) return;
      if (await serveStatic(request, response, publicDir, '/')) return;
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    })().catch((error: unknown) => {
      console.error(`Demo server error: ${describeError(error)}`);
      if (!response.headersSent)
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal server error');
    });
  });
}

/** The coordinator view's headers for the files of its folder in `appsDir`. */
function coordinatorHeaders(appsDir: string): FileHeaders {
  const folder = join(appsDir, 'coordinator') + sep;
  const headers: Record<string, string> = {
    'Content-Security-Policy': COORDINATOR_CSP,
    'X-Frame-Options': 'DENY',
  };
  return (filePath) => (filePath.startsWith(folder) ? headers : {});
}

/** The version of @mentorkit/widgets, which names its folder on the CDN. */
export function widgetsPackageVersion(): string {
  const text = readFileSync(join(repoRoot, 'widgets', 'package.json'), 'utf8');
  const { version } = JSON.parse(text) as { version?: unknown };
  if (typeof version !== 'string') throw new Error('widgets/package.json has no version');
  return version;
}

/** Starts listening on 127.0.0.1 and resolves with the URL. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host}:${actualPort}/`);
    });
  });
}
