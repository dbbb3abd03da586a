// A tiny router: routes by method and path pattern, 404 for an unknown path, 405 (with Allow)
// for a known path and another method. Handlers throw HttpProblem to answer with a problem.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  /** The path's captured segments, decoded. */
  params: string[];
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Anchored pattern of the path; capture groups become `params`. */
  path: RegExp;
  handle: (context: RouteContext) => Promise<void> | void;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: string[] }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'not-found' };

export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const allow = new Set<string>();
  for (const route of routes) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    const routeMethod = route.method;
    allow.add(routeMethod);
    if (routeMethod === 'GET') allow.add('HEAD');
    if (method === routeMethod || (method === 'HEAD' && routeMethod === 'GET')) {
      let params: string[];
      try {
        params = match.slice(1).map((segment) => decodeURIComponent(segment ?? ''));
      } catch {
        return { kind: 'not-found' };
      }
      return { kind: 'found', route, params };
    }
  }
  return allow.size ? { kind: 'wrong-method', allow: [...allow] } : { kind: 'not-found' };
}
