// A route whose handler takes the backend's context first, as the coordinator routes' handlers
// do: `const route = boundRoute(backend); route('GET', /^…$/, handler)`. One helper rather
// than a `route` closure written again in each route file.
import type { BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

export type BackendHandler = (backend: BackendContext, context: RouteContext) => Promise<void>;

export function boundRoute(backend: BackendContext) {
  return (method: Route['method'], path: RegExp, handle: BackendHandler): Route => ({
    method,
    path,
    handle: (context) => handle(backend, context),
  });
}
