// The widgets' CDN layout, served as a real CDN serves it, so that a partner's page on any
// other origin can load them with one script tag:
//   /widgets/<version>/mentorkit.js   the files of that version (the widgets package's version)
//   /widgets/latest/mentorkit.js      the newest version (what the README's snippet uses)
//   /widgets/mentorkit.js             the same as latest (the demo's own pages)
//   /widgets/versions.json            which versions there are and which is latest (for tools
//                                     such as the demo's embed builder that write a pinned URL)
// Every file carries `Access-Control-Allow-Origin: *` (a module script from another origin is
// fetched in CORS mode) and `Cross-Origin-Resource-Policy: cross-origin` (for pages that
// require it). Hashed chunks never change: cached for a year, immutable. An entry of a
// version is cached for a short while; `latest` is revalidated each time, so a new version
// reaches pages at once. `integrity.json` beside the entries holds their SRI hashes.
// The folder itself (widgets/dist/cdn) can be copied as it is to any static host or CDN under
// `<version>/`; the headers are then that host's settings (README: "Hosting the widgets").
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { serveStatic, type FileHeaders } from './static-files.ts';

const WIDGETS_PREFIX = '/widgets/';

const CROSS_ORIGIN = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Timing-Allow-Origin': '*',
};

/** A chunk's name ends in Vite's content hash (`chunks/checks-DpzsGQvz.js`): it never changes. */
export function isHashedChunk(filePath: string): boolean {
  return basename(dirname(filePath)) === 'chunks';
}

export function cdnHeaders(channel: 'version' | 'latest'): FileHeaders {
  return (filePath) => ({
    ...CROSS_ORIGIN,
    'Cache-Control': isHashedChunk(filePath)
      ? 'public, max-age=31536000, immutable'
      : channel === 'latest'
        ? 'public, max-age=0, must-revalidate'
        : 'public, max-age=300',
  });
}

/** The CDN's index: `{ "latest": "0.1.0", "versions": ["0.1.0"] }` (one version is served). */
function sendVersions(request: IncomingMessage, response: ServerResponse, version: string): void {
  const body = `${JSON.stringify({ latest: version, versions: [version] })}\n`;
  response.writeHead(200, {
    ...CROSS_ORIGIN,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    // Changes with each release, like latest.
    'Cache-Control': 'public, max-age=0, must-revalidate',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Answers /widgets/… from the built CDN folder (and its index, versions.json); false when the path is not a widget file (or
 * names another version), so the caller answers 404.
 */
export async function serveWidgets(
  request: IncomingMessage,
  response: ServerResponse,
  widgetsDir: string,
  version: string,
): Promise<boolean> {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith(WIDGETS_PREFIX)) return false;
  const rest = pathname.slice(WIDGETS_PREFIX.length);
  if (rest === 'versions.json' && (request.method === 'GET' || request.method === 'HEAD')) {
    sendVersions(request, response, version);
    return true;
  }
  const versioned = `${version}/`;
  if (rest.startsWith(versioned)) {
    const prefix = WIDGETS_PREFIX + versioned;
    return serveStatic(request, response, widgetsDir, prefix, cdnHeaders('version'));
  }
  if (rest.startsWith('latest/')) {
    const prefix = `${WIDGETS_PREFIX}latest/`;
    return serveStatic(request, response, widgetsDir, prefix, cdnHeaders('latest'));
  }
  return serveStatic(request, response, widgetsDir, WIDGETS_PREFIX, cdnHeaders('latest'));
}
