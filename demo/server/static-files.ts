// Serves files from a folder safely: only GET/HEAD, no path escapes (not by `..`, an encoded
// slash or a symbolic link), no dot-folders (build metadata such as `.vite/`), known content
// types, and no directory listings. Enough for the demo pages and the built widget bundles.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a URL path inside `root`, or returns undefined when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // One file, one spelling: an encoded slash or a backslash would name it another way (and
  // dodge a rule written for its real path); a segment starting with a dot is not a page.
  if (/%2f|%5c/i.test(urlPath) || decoded.includes('\\') || decoded.includes('\0'))
    return undefined;
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const candidate = normalize(join(root, decoded));
  return isInside(root, candidate) ? candidate : undefined;
}

function isInside(root: string, path: string): boolean {
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return path === root || path.startsWith(rootWithSep);
}

/** Headers for one file served (say, a CDN's CORS and caching); they replace the defaults. */
export type FileHeaders = (filePath: string) => Record<string, string>;

/**
 * Tries to answer the request from `root` (URL prefix `prefix` stripped). Returns false when no
 * such file exists, so that the caller can try the next handler or answer 404.
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  prefix = '/',
  headers?: FileHeaders,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith(prefix)) return false;
  let filePath = resolveInside(root, pathname.slice(prefix.length) || '/');
  if (!filePath) return false;
  let info = await stat(filePath).catch(() => undefined);
  if (info?.isDirectory()) {
    filePath = join(filePath, 'index.html');
    info = await stat(filePath).catch(() => undefined);
  }
  if (!info?.isFile()) return false;
  // A symbolic link inside the folder must not lead out of it.
  if (!isInside(await realpath(root), await realpath(filePath))) return false;

  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    ...headers?.(filePath),
  });
  if (request.method === 'HEAD') {
    response.end();
  } else {
    createReadStream(filePath).pipe(response);
  }
  return true;
}
