// A local web server for the extension suites: a test serves a page of its own on
// http://127.0.0.1:PORT/ and opens it in the browser, for the content script to run on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebPage {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  /** Serves `html` at `path` (default `/`) and returns its URL. */
  serve(html: string, path?: string): string;
}

/** Runs `use` with a server on a free port of 127.0.0.1, and closes it afterwards. */
export async function useWebPage(use: (webPage: WebPage) => Promise<void>): Promise<void> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.writeHead(html === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
    });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await use({
      origin,
      serve(html, path = '/') {
        pages.set(path, html);
        return `${origin}${path}`;
      },
    });
  } finally {
    // The browser keeps connections alive; close them or close() waits for them.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
