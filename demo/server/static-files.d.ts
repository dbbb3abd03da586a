import type { IncomingMessage, ServerResponse } from 'node:http';
/** Resolves a URL path inside `root`, or returns undefined when it would leave it. */
export declare function resolveInside(root: string, urlPath: string): string | undefined;
/**
 * Tries to answer the request from `root` (URL prefix `prefix` stripped). Returns false when no
 * such file exists, so that the caller can try the next handler or answer 404.
 */
export declare function serveStatic(request: IncomingMessage, response: ServerResponse, root: string, prefix?: string): Promise<boolean>;
