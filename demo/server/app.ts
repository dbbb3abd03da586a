// The demo server: the demo pages, the built widget bundles, and (as the reference backend
// grows) the API of the widget data contract. `createDemoServer` is used by `npm start` and by
// the end-to-end tests, so that both run exactly the same server.
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-files.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface DemoServerOptions {
  /** Folder of the demo pages. */
  publicDir?: string;
  /** Folder of the built CDN bundle, served under /widgets/. */
  widgetsDir?: string;
}

/** Headers on every answer: the demo shows that the widgets need no loosened policy. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function createDemoServer(options: DemoServerOptions = {}): Server {
  const publicDir = options.publicDir ?? join(repoRoot, 'demo', 'public');
  const widgetsDir = options.widgetsDir ?? join(repoRoot, 'widgets', 'dist', 'cdn');

  return createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    void (async () => {
      if (await serveStatic(request, response, widgetsDir, '/widgets/')) return;
      if (await serveStatic(request, response, publicDir, '/')) return;
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    })().catch((error: unknown) => {
      console.error('demo server error', error);
      if (!response.headersSent)
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal server error');
    });
  });
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
