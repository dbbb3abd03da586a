// Test-only HTTP routes for the component tests, served by @web/test-runner's dev server so
// that the data controller is tested against real `fetch` and real responses:
//   /__mk-test/json?body=<text>&type=<content type>&delay=<ms>   200 with that body
//   /__mk-test/status/<code>                                      that status, a JSON body
//   /__mk-test/flaky/<key>                                        503 the first time, then 200 with body
//   /__mk-test/api/…                                              a backend's API (below)
// `delay` is capped at 30 s and dropped when the client goes away.
// `hold=<name>` on a POST keeps its answer back until the test releases it, so a test can look
// at a widget while it sends however slow the machine is (a delay would be a guess):
//   POST /__mk-test/release/<name>   answers every held POST of <name> (and later ones at once)
const PREFIX = '/__mk-test/';
const MAX_DELAY = 30_000;
const flakyHits = new Map();

// A signup endpoint (issue 3) that stores each Idempotency-Key once:
//   POST /__mk-test/signup?fail=<n>&failStatus=<code>&problem=<json>&delay=<ms>
//     the first <n> requests of a key answer <failStatus> (default 503); with `problem`, every
//     request answers 422 application/problem+json with that body; else 201, or 409 when the
//     key was stored before.
//   POST /__mk-test/signup?fullTraining=<uid>&next=<json>
//     a signup for training <uid> answers 422 training-full as the reference backend does, with
//     `next` (the date it offers instead) when given; a signup for any other training is stored
//   GET /__mk-test/signup-log/<key>   { requests, stored, contentType, body } for that key
const signupLog = new Map();

function readRequestBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      text += chunk;
      if (text.length > 1_000_000) request.destroy();
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

async function signupRoute(ctx, query) {
  const key = ctx.get('Idempotency-Key');
  const entry = signupLog.get(key) ?? { requests: 0, stored: 0, contentType: '', body: '' };
  signupLog.set(key, entry);
  entry.requests += 1;
  entry.contentType = ctx.get('Content-Type');
  entry.body = await readRequestBody(ctx.req);
  ctx.type = 'application/json';
  if (typeof query.problem === 'string') {
    ctx.status = 422;
    ctx.type = 'application/problem+json';
    ctx.body = query.problem;
    return;
  }
  if (typeof query.fullTraining === 'string') {
    const trainingUid = JSON.parse(entry.body || '{}').trainingUid;
    if (trainingUid === query.fullTraining) {
      ctx.status = 422;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify({
        type: 'https://mentorkit.example/problems/training-full',
        title: 'Invalid submission',
        errors: [{ field: 'trainingUid', detail: 'The training is fully booked.' }],
        ...(typeof query.next === 'string' ? { next: JSON.parse(query.next) } : {}),
      });
      return;
    }
  }
  if (entry.requests <= Number(query.fail ?? 0)) {
    ctx.status = Number(query.failStatus ?? 503);
    ctx.body = '{"error":"try later"}';
    return;
  }
  if (entry.stored > 0) {
    ctx.status = 409;
    ctx.body = '{"status":"already stored"}';
    return;
  }
  entry.stored += 1;
  ctx.status = 201;
  ctx.body = '{"status":"stored"}';
}

const holds = new Map();

/** The gate of <name>: a promise that settles when the test releases it. */
function gate(name) {
  let entry = holds.get(name);
  if (!entry) {
    let open;
    entry = { released: new Promise((resolve) => (open = resolve)), open };
    holds.set(name, entry);
  }
  return entry;
}

/** Waits for <name>'s release, or for the client to go away, or MAX_DELAY. */
export function held(name, request) {
  return Promise.race([gate(name).released, wait(MAX_DELAY, request)]);
}

function wait(ms, request) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(ms, MAX_DELAY));
    request.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// A backend's API, for a widget that finds it through `api-base` (no `endpoint` or `src`):
//   POST /__mk-test/api/signups         the signup endpoint above
//   GET  /__mk-test/api/trainings.json  200 with no events
//   GET  anything else under api/       404
//   GET  /__mk-test/api-log             the paths (with their query) of every request to api/
const apiLog = [];

async function apiRoute(ctx, path, query) {
  const search = ctx.url.split('?')[1];
  apiLog.push(search ? `${ctx.method} ${path}?${search}` : `${ctx.method} ${path}`);
  if (path === 'signups' && ctx.method === 'POST') return signupRoute(ctx, query);
  ctx.type = 'application/json';
  if (path === 'trainings.json' && ctx.method === 'GET') {
    ctx.status = 200;
    ctx.body = '[]';
    return;
  }
  ctx.status = 404;
  ctx.body = '{"error":"no such route"}';
}

// A participant's answer to a match (the card's actions.accept / actions.decline):
//   POST /__mk-test/match-answer/<key>?status=<status>&fail=<n>&delay=<ms>
//     the first <n> requests of <key> answer 503; then 200 with a minimal match of <status>
//   GET  /__mk-test/match-answer-log/<key>   { requests, body } (the last body sent)
const answerLog = new Map();

const person = (role) => ({
  displayName: role === 'mentor' ? 'Birgitta' : 'Samir',
  initials: role === 'mentor' ? 'BL' : 'SH',
  profession: 'Ingenjör',
  industry: 'Industri',
  region: 'Göteborg',
  languages: [{ code: 'sv', level: 'native' }],
  ...(role === 'mentor' ? { email: 'birgitta@example.org' } : {}),
});

async function matchAnswerRoute(ctx, key, query) {
  const entry = answerLog.get(key) ?? { requests: 0, body: '' };
  answerLog.set(key, entry);
  entry.requests += 1;
  entry.body = await readRequestBody(ctx.req);
  ctx.type = 'application/json';
  if (entry.requests <= Number(query.fail ?? 0)) {
    ctx.status = 503;
    ctx.body = '{"error":"try later"}';
    return;
  }
  const status = typeof query.status === 'string' ? query.status : 'proposed';
  ctx.status = 200;
  ctx.body = JSON.stringify({
    id: 'match-2025-017',
    status,
    mentor: person('mentor'),
    mentee: person('mentee'),
    reasons: [],
    viewer: 'mentee',
    acceptedBy: status === 'closed' ? [] : status === 'active' ? ['mentor', 'mentee'] : ['mentee'],
  });
}

// A follow-up questionnaire (issue 17), read and answered at one address as the backend's
// /api/follow-ups/<token> is:
//   GET  /__mk-test/follow-up/<key>?questionnaire=<json>   200 with that questionnaire (default:
//        a mentee's at 6 months)
//   POST /__mk-test/follow-up/<key>?fail=<n>&failStatus=<code>&gone&problem=<json>&delay=<ms>
//        the first <n> POSTs of <key> answer <failStatus> (default 503); with `gone`, 410; with
//        `problem`, 422 application/problem+json with that body; else 200 with the questionnaire,
//        answeredAt set
//   GET  /__mk-test/follow-up-log/<key>   { requests, bodies } (every POSTed body, parsed)
const followUpLog = new Map();
const FOLLOW_UP_ANSWERED_AT = '2027-03-15T10:00:00.000Z';

async function followUpRoute(ctx, key, query) {
  const questionnaire =
    typeof query.questionnaire === 'string'
      ? JSON.parse(query.questionnaire)
      : { role: 'mentee', monthsAfterStart: 6 };
  ctx.type = 'application/json';
  if (ctx.method !== 'POST') {
    ctx.status = 200;
    ctx.body = JSON.stringify(questionnaire);
    return;
  }
  const entry = followUpLog.get(key) ?? { requests: 0, bodies: [] };
  followUpLog.set(key, entry);
  entry.requests += 1;
  const text = await readRequestBody(ctx.req);
  try {
    entry.bodies.push(JSON.parse(text));
  } catch {
    entry.bodies.push(text);
  }
  if (entry.requests <= Number(query.fail ?? 0)) {
    ctx.status = Number(query.failStatus ?? 503);
    ctx.body = '{"error":"try later"}';
    return;
  }
  if ('gone' in query) {
    ctx.status = 410;
    ctx.body = '{"error":"this link has expired"}';
    return;
  }
  if (typeof query.problem === 'string') {
    ctx.status = 422;
    ctx.type = 'application/problem+json';
    ctx.body = query.problem;
    return;
  }
  ctx.status = 200;
  ctx.body = JSON.stringify({ ...questionnaire, answeredAt: FOLLOW_UP_ANSWERED_AT });
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const query = ctx.query;
  const delay = Number(query.delay ?? 0);
  if (delay > 0) await wait(delay, ctx.req);
  ctx.set('Cache-Control', 'no-store');
  const release = /^release\/([\w-]+)$/.exec(route);
  if (release && ctx.method === 'POST') {
    gate(release[1]).open();
    ctx.status = 204;
    return;
  }
  if (typeof query.hold === 'string' && ctx.method === 'POST') await held(query.hold, ctx.req);

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
  if (route === 'signup' && ctx.method === 'POST') return signupRoute(ctx, query);
  const answer = /^match-answer\/([\w-]+)$/.exec(route);
  if (answer && ctx.method === 'POST') return matchAnswerRoute(ctx, answer[1], query);
  const answerSent = /^match-answer-log\/([\w-]+)$/.exec(route);
  if (answerSent) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(answerLog.get(answerSent[1]) ?? { requests: 0 });
    return;
  }
  const followUp = /^follow-up\/([\w-]+)$/.exec(route);
  if (followUp) return followUpRoute(ctx, followUp[1], query);
  const followUpSent = /^follow-up-log\/([\w-]+)$/.exec(route);
  if (followUpSent) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(followUpLog.get(followUpSent[1]) ?? { requests: 0, bodies: [] });
    return;
  }
  // The raw path, so that a test sees how the widget encoded an id.
  const rawPath = ctx.url.split('?')[0] ?? '';
  if (route.startsWith('api/')) return apiRoute(ctx, rawPath.slice(`${PREFIX}api/`.length), query);
  if (route === 'api-log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(apiLog);
    return;
  }
  const log = /^signup-log\/([\w-]+)$/.exec(route);
  if (log) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(signupLog.get(log[1]) ?? { requests: 0, stored: 0 });
    return;
  }
  ctx.status = 404;
}
