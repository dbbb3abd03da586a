// The coordinator's people API for <mk-people-list>'s component tests, served by the test
// runner's dev server (widgets/web-test-runner.config.mjs) so the element is tested against real
// `fetch` and real answers: a small fixed set of people per <key>, filtered, searched, sorted
// and paged as the reference backend's route does (demo/server/people/; its own tests cover
// the SQL), withdrawal and its undo, and the failures the view must show.
//   GET  /__mk-test/people/<key>/signups?page&size&q&role&status&region&occupation&programme&sort&facets
//        `hold=<name>`: the answer waits for POST /__mk-test/release/<name> (widgets' test routes);
//        `fail=<n>`: the first <n> GETs of <key> answer 503
//        a bad status/role/page answers 400 problem+json naming the parameter, as the backend
//   POST /__mk-test/people/<key>/signups/<id>/withdraw | reinstate   (`failId=<id>`: 503 for it)
//   GET  /__mk-test/people-log/<key>   every request of <key> (method, path with query)
import { held } from '../../../../widgets/test-support/test-routes.mjs';

const STATUSES = ['new', 'confirmed', 'contacted', 'matched', 'withdrawn'];
const NAMES = [
  ['Amal Haddad', 'mentee', 'Läkare', 'Göteborg', '2211'],
  ['Björn Lind', 'mentor', 'Ingenjör', 'Stockholm', '2142'],
  ['Cecilia Öberg', 'mentor', 'Läkare', 'Malmö', '2211'],
  ['Dawit Tesfaye', 'mentee', 'Elektriker', 'Göteborg', undefined],
  ['Elin Åberg', 'mentee', 'Sjuksköterska', 'Uppsala', '2221'],
  ['Farid Karimi', 'mentee', 'Ingenjör', 'Stockholm', '2142'],
  ['Greta Nilsson', 'mentor', 'Lärare', 'Göteborg', '2341'],
  ['Hassan Ali', 'mentee', 'Lärare', 'Malmö', undefined],
  ['Ida Berg', 'mentor', 'Sjuksköterska', 'Uppsala', '2221'],
  ['Jamal Osman', 'mentee', 'Läkare', 'Stockholm', '2211'],
  ['Karin Ek', 'mentor', 'Elektriker', 'Malmö', '7411'],
  ['Lina Said', 'mentee', 'Ingenjör', 'Göteborg', '2142'],
];
const GROUPS = {
  2142: { sv: 'Civilingenjörsyrken inom bygg och anläggning', en: 'Civil engineers' },
  2211: { sv: 'Specialistläkare', en: 'Specialist physicians' },
  2221: { sv: 'Grundutbildade sjuksköterskor', en: 'Nurses' },
  2341: { sv: 'Grundskollärare', en: 'Primary school teachers' },
  7411: { sv: 'Installations- och serviceelektriker', en: 'Electricians' },
};

function people() {
  return NAMES.map(([name, kind, profession, region, ssyk], index) => ({
    id: `su-${String(index + 1).padStart(2, '0')}`,
    kind,
    name,
    email: `${name.split(' ')[0].toLowerCase()}@example.org`,
    programmeId: index % 2 ? 'akademiker' : 'industri',
    profession,
    region,
    ...(ssyk ? { ssyk } : {}),
    status: STATUSES[index % 4],
    demo: index < 2,
    // Newest first is the id's order backwards.
    createdAt: `2026-11-${String(index + 1).padStart(2, '0')}T09:00:00.000Z`,
    confirmedAt: null,
  }));
}

const stores = new Map();
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function problem(ctx, status, errors) {
  ctx.status = status;
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ title: 'Invalid list parameters', errors });
}

function list(ctx, store, query) {
  const errors = [];
  if (query.status && !STATUSES.includes(query.status))
    errors.push({ field: 'status', detail: 'x' });
  if (query.role && !['mentor', 'mentee'].includes(query.role))
    errors.push({ field: 'role', detail: 'x' });
  const page = Number(query.page ?? 1);
  if (!Number.isInteger(page) || page < 1) errors.push({ field: 'page', detail: 'x' });
  if (errors.length) return problem(ctx, 400, errors);
  const size = Number(query.size ?? 5);
  const words = fold(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  let found = store.people.filter(
    (person) =>
      (!query.role || person.kind === query.role) &&
      (!query.status || person.status === query.status) &&
      (!query.region || person.region === query.region) &&
      (!query.programme || person.programmeId === query.programme) &&
      (!query.occupation ||
        (query.occupation === 'unclassified' ? !person.ssyk : person.ssyk === query.occupation)) &&
      words.every((word) =>
        fold(`${person.name} ${person.email} ${person.profession}`).includes(word),
      ),
  );
  found = [...found].sort((a, b) =>
    query.sort === 'name'
      ? a.name.localeCompare(b.name, 'sv')
      : b.createdAt.localeCompare(a.createdAt),
  );
  const items = found.slice((page - 1) * size, page * size);
  const codes = new Set(items.flatMap((item) => (item.ssyk ? [item.ssyk] : [])));
  const body = { items, total: found.length, page, size, occupationNames: {} };
  if (query.facets === '1') {
    const all = store.people;
    body.facets = {
      regions: [...new Set(all.map((person) => person.region))].sort(),
      occupations: [...new Set(all.flatMap((person) => (person.ssyk ? [person.ssyk] : [])))].sort(),
      programmes: ['akademiker', 'industri'],
      programmeNames: { akademiker: 'Akademikerprogrammet', industri: 'Industrins mentorskap' },
    };
    for (const code of body.facets.occupations) codes.add(code);
  }
  for (const code of codes) body.occupationNames[code] = GROUPS[code];
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

export async function peopleTestRoutes(ctx, next) {
  const log = /^\/__mk-test\/people-log\/([\w-]+)$/.exec(ctx.path);
  if (log) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(stores.get(log[1])?.log ?? []);
    return;
  }
  const match =
    /^\/__mk-test\/people\/([\w-]+)\/signups(?:\/([\w-]+)\/(withdraw|reinstate))?$/.exec(ctx.path);
  if (!match) return next();
  const [, key, id, action] = match;
  let store = stores.get(key);
  if (!store) {
    store = { people: people(), log: [], gets: 0 };
    stores.set(key, store);
  }
  store.log.push(`${ctx.method} ${ctx.url.replace(`/__mk-test/people/${key}`, '')}`);
  ctx.set('Cache-Control', 'no-store');
  const query = ctx.query;
  if (ctx.method === 'GET' && !action) {
    if (typeof query.hold === 'string') await held(query.hold, ctx.req);
    store.gets += 1;
    if (store.gets <= Number(query.fail ?? 0)) {
      ctx.status = 503;
      ctx.type = 'application/json';
      ctx.body = '{"error":"try later"}';
      return;
    }
    return list(ctx, store, query);
  }
  if (ctx.method === 'POST' && action) {
    const person = store.people.find((candidate) => candidate.id === id);
    if (!person || query.failId === id) {
      ctx.status = person ? 503 : 404;
      ctx.type = 'application/json';
      ctx.body = '{"error":"no"}';
      return;
    }
    if (action === 'withdraw') {
      person.before ??= person.status;
      person.status = 'withdrawn';
    } else {
      person.status = person.before ?? 'new';
      delete person.before;
    }
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ id, withdrawn: action === 'withdraw' });
    return;
  }
  return next();
}
