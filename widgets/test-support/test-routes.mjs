// Test-only HTTP routes for the component tests, served by @web/test-runner's dev server so
// that the data controller is tested against real `fetch` and real responses:
//   /__mk-test/json?body=<text>&type=<content type>&delay=<ms>   200 with that body
//   /__mk-test/status/<code>                                      that status, a JSON body
//   /__mk-test/flaky/<key>                                        503 the first time, then 200 with body
// `delay` is capped at 30 s and dropped when the client goes away.
const PREFIX = '/__mk-test/';
const MAX_DELAY = 30_000;
const flakyHits = new Map();

function wait(ms, request) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(ms, MAX_DELAY));
    request.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const query = ctx.query;
  const delay = Number(query.delay ?? 0);
  if (delay > 0) await wait(delay, ctx.req);
  ctx.set('Cache-Control', 'no-store');

  if (route === 'json') {
    ctx.status = 200;
    ctx.type = typeof query.type === 'string' ? query.type : 'application/json';
    ctx.body = typeof query.body === 'string' ? query.body : '{}';
    return;
  }
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ error: `status ${status[1]} as asked` });
    return;
  }
  const flaky = /^flaky\/([\w-]+)$/.exec(route);
  if (flaky) {
    const hits = (flakyHits.get(flaky[1]) ?? 0) + 1;
    flakyHits.set(flaky[1], hits);
    ctx.type = 'application/json';
    if (hits === 1) {
      ctx.status = 503;
      ctx.body = '{"error":"try later"}';
    } else {
      ctx.status = 200;
      ctx.body = typeof query.body === 'string' ? query.body : '{}';
    }
    return;
  }
  ctx.status = 404;
}
