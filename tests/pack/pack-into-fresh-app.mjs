#!/usr/bin/env node
// The packages as a partner gets them (issue 15): `npm pack` of @mentorkit/core (with
// @mentorkit/occupations, which the signup form's occupation picker uses) and
// @mentorkit/widgets, installed from the tarballs into a fresh Vite + TypeScript app in a
// temporary folder, which must type-check under `strict` (the elements typed through
// HTMLElementTagNameMap, a typed event listener), must fail on deliberate type errors (so the
// check cannot pass with types that resolved to `any`), must build with `vite build`, and must
// show the four widgets in Chromium. The tarballs must hold what the exports name, the editor
// data and no tests. Needs `npm run build` first (`npm test` runs it earlier).
//   node tests/pack/pack-into-fresh-app.mjs [--json FILE] [--keep]
//   --json FILE   also write { passed, failed, skipped } for the test summary
//   --keep        leave the temporary folder (its path is printed) to look into a failure
// The app installs vite and typescript at the versions this repository's lock file has, with
// --prefer-offline: from npm's cache when it holds them (it does after `npm ci`), so the check
// needs no network then and never floats to a newer version.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../support/find-browser.js';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const keep = process.argv.includes('--keep');
const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;
/** Generous for a busy 2-core machine; a widget that never renders still fails. */
const RENDER_TIMEOUT = 30_000;
const TAGS = ['mk-signup-form', 'mk-training-calendar', 'mk-match-card', 'mk-follow-up'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const lock = readJson(join(repoDir, 'package-lock.json'));
/** The exact version this repository installs (its lock file), so the app does not float. */
const lockedVersion = (name) => {
  const version = lock.packages?.[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not in package-lock.json`);
  return version;
};
const versions = { vite: lockedVersion('vite'), typescript: lockedVersion('typescript') };

const scratch = mkdtempSync(join(tmpdir(), 'mk-pack-'));
const tarballDir = join(scratch, 'tarballs');
const appDir = join(scratch, 'app');

/**
 * npm's environment without the settings of an `npm test` or `npm run` around this script
 * (npm_config_local_prefix and the like point at this repository); the cache, registry and
 * proxy settings stay.
 */
function npmEnv() {
  const kept =
    /^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|cafile|strict_ssl)$/i;
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_(config|package|lifecycle)_/i.test(key) || kept.test(key),
    ),
  );
}

/** Runs a command to its end and returns its output (a failed check prints the end of it). */
function exec(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...npmEnv(), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    shell: process.platform === 'win32' && command.endsWith('.cmd'),
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
    stdout: result.stdout ?? '',
  };
}

// ── the checks ──────────────────────────────────────────────────────────────────────────────

/** @type {{ name: string, ok: boolean, detail?: string }[]} */
const results = [];
let blockedBy;

/**
 * One check; it passes unless it throws. After a failed `fatal` check the checks that need its
 * result are counted as failed, not skipped: nothing here is optional.
 */
async function check(name, body, { fatal = false } = {}) {
  if (blockedBy) {
    results.push({ name, ok: false, detail: `not run: "${blockedBy}" failed` });
    console.log(`✗ ${name}\n    not run: "${blockedBy}" failed`);
    return;
  }
  const started = performance.now();
  try {
    const detail = await body();
    results.push({ name, ok: true, detail });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`✓ ${name} (${seconds} s)${detail ? `\n    ${detail}` : ''}`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail });
    console.log(`✗ ${name}\n    ${detail.replaceAll('\n', '\n    ')}`);
    if (fatal) blockedBy = name;
  }
}

function fail(message, output) {
  const tail = output ? `\n${output.trim().split('\n').slice(-40).join('\n')}` : '';
  throw new Error(`${message}${tail}`);
}

/** The packages a partner installs, and their folders: widgets need core and occupations. */
const PACKAGES = {
  '@mentorkit/core': 'packages/core',
  '@mentorkit/occupations': 'packages/occupations',
  '@mentorkit/widgets': 'widgets',
};
const PACKAGE_NAMES = Object.keys(PACKAGES);

/** @type {Record<string, { filename: string, files: Set<string>, manifest: any }>} */
const packed = {};

function packPackages() {
  mkdirSync(tarballDir, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', tarballDir];
  const workspaces = PACKAGE_NAMES.flatMap((name) => ['-w', name]);
  const result = exec(npm, [...args, ...workspaces], repoDir);
  if (!result.ok) fail('npm pack failed', result.output);
  for (const entry of JSON.parse(result.stdout)) {
    packed[entry.name] = {
      filename: join(tarballDir, entry.filename),
      files: new Set(entry.files.map((file) => file.path)),
      manifest: readJson(join(repoDir, PACKAGES[entry.name], 'package.json')),
    };
  }
  for (const name of PACKAGE_NAMES) {
    if (!packed[name]) fail(`npm pack gave no tarball for ${name}`, result.output);
  }
  return Object.values(packed)
    .map((entry) => `${entry.filename.slice(tarballDir.length + 1)}: ${entry.files.size} files`)
    .join(', ');
}

/** Every file an export names, under every condition but this repository's source one. */
function missingExportTargets({ manifest, files }) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') {
      for (const [condition, target] of Object.entries(value)) {
        if (condition !== 'mentorkit-source') collect(target);
      }
    }
  };
  collect(manifest.exports);
  return targets.filter((target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return !files.has(path);
    const [prefix, suffix] = path.split('*');
    return ![...files].some(
      (file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length > path.length - 1,
    );
  });
}

function checkCoreTarball() {
  const core = packed['@mentorkit/core'];
  const missing = missingExportTargets(core);
  if (missing.length) fail(`exports name files the tarball lacks: ${missing.join(', ')}`);
  const sources = [...core.files].filter((file) => file.startsWith('src/'));
  if (sources.length) fail(`TypeScript sources in the tarball: ${sources.slice(0, 5).join(', ')}`);
  if (![...core.files].some((file) => /^schemas\/.+\.schema\.json$/.test(file)))
    fail('no JSON Schema files (schemas/*.schema.json)');
  return "every export's types and default file, JSON Schemas, no src/";
}

function checkWidgetsTarball() {
  const widgets = packed['@mentorkit/widgets'];
  const missing = missingExportTargets(widgets);
  if (missing.length) fail(`exports name files the tarball lacks: ${missing.join(', ')}`);
  const editorFiles = [
    'dist/custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
  ];
  const absent = editorFiles.filter((file) => !widgets.files.has(file));
  if (absent.length) fail(`missing from the tarball: ${absent.join(', ')}`);
  const fields = {
    customElements: widgets.manifest.customElements,
    'web-types': widgets.manifest['web-types'],
  };
  for (const [field, value] of Object.entries(fields)) {
    if (!value || !widgets.files.has(String(value).replace(/^\.\//, '')))
      fail(`package.json's ${field} (${value}) names no file in the tarball`);
  }
  return `every export's file; ${editorFiles.join(', ')}; the customElements and web-types fields`;
}

function checkNoTests() {
  const testLike =
    /(^|\/)(testing|test-support|fixtures?|__tests__)\/|\.(test|spec|bench)\.|(^|\/)fixtures?\./;
  const found = Object.entries(packed).flatMap(([name, { files }]) =>
    [...files].filter((file) => testLike.test(file)).map((file) => `${name}: ${file}`),
  );
  if (found.length) fail(`test files in the tarballs:\n${found.slice(0, 20).join('\n')}`);
  return 'no *.test.*, *.spec.*, testing/, test-support/ or fixtures in any tarball';
}

// ── the fresh app ───────────────────────────────────────────────────────────────────────────

/** A partner's new Vite + TypeScript project, as `npm create vite` (vanilla-ts) makes one. */
function writeApp() {
  const write = (path, text) => {
    mkdirSync(dirname(join(appDir, path)), { recursive: true });
    writeFileSync(join(appDir, path), text);
  };
  const tarball = (name) => `file:${packed[name].filename}`;
  write(
    'package.json',
    `${JSON.stringify(
      {
        name: 'partner-app',
        private: true,
        version: '0.0.0',
        type: 'module',
        dependencies: Object.fromEntries(PACKAGE_NAMES.map((name) => [name, tarball(name)])),
        devDependencies: { typescript: versions.typescript, vite: versions.vite },
      },
      null,
      2,
    )}\n`,
  );
  // create-vite's compiler options, strict, but without allowImportingTsExtensions (a package
  // must not need it) and with skipLibCheck off: with it on, a declaration file that imports a
  // module the app cannot resolve turns its types into `any` without a word.
  const compilerOptions = {
    target: 'ES2022',
    useDefineForClassFields: true,
    module: 'ESNext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    moduleResolution: 'bundler',
    moduleDetection: 'force',
    verbatimModuleSyntax: true,
    noEmit: true,
    strict: true,
    skipLibCheck: false,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noFallthroughCasesInSwitch: true,
    noUncheckedSideEffectImports: true,
  };
  write('tsconfig.json', `${JSON.stringify({ compilerOptions, include: ['src'] }, null, 2)}\n`);
  write(
    'tsconfig.type-errors.json',
    `${JSON.stringify({ extends: './tsconfig.json', include: ['type-errors'] }, null, 2)}\n`,
  );
  write(
    'index.html',
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A partner's page</title>
  </head>
  <body>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
  );
  write(
    'src/main.ts',
    `import '@mentorkit/widgets/define';
import type { MkSignupSubmitDetail } from '@mentorkit/widgets';
import { TrainingEventSchema, type MatchProfile, type TrainingEvent } from '@mentorkit/core';

// document.createElement gives each widget's class (HTMLElementTagNameMap), so these are typed.
const form = document.createElement('mk-signup-form');
form.kind = 'mentee';
form.lang = 'en';
form.privacyUrl = 'https://partner.example/privacy';
form.addEventListener('mk-signup-submit', (event) => {
  event.preventDefault();
  const detail: MkSignupSubmitDetail = event.detail;
  const kind: 'mentor' | 'mentee' = detail.submission.kind;
  document.body.dataset.submitted = kind;
});

const training: TrainingEvent = {
  uid: 'pack-test-1@partner.example',
  title: 'Mentor training in Örebro',
  start: '2026-06-10T17:00:00+02:00',
  end: '2026-06-10T19:00:00+02:00',
  allDay: false,
  status: 'confirmed',
};
const calendar = document.createElement('mk-training-calendar');
calendar.lang = 'en';
calendar.from = '2026-06-01';
calendar.until = '2026-06-30';
calendar.timeZone = 'Europe/Stockholm';
calendar.events = [training];

const match: MatchProfile = {
  id: 'pack-test-match',
  status: 'active',
  mentor: {
    displayName: 'A Mentor',
    initials: 'AM',
    profession: 'CNC operator',
    industry: 'Manufacturing',
    region: 'Örebro',
    languages: [{ code: 'sv', level: 'native' }],
  },
  mentee: {
    displayName: 'A Mentee',
    initials: 'AE',
    profession: 'CNC operator',
    industry: 'Manufacturing',
    region: 'Örebro',
    languages: [{ code: 'ar', level: 'native' }],
  },
  reasons: [{ kind: 'profession', label: 'Same profession', weight: 0.3 }],
};
const card = document.createElement('mk-match-card');
card.lang = 'en';
card.audience = 'public';
card.match = match;

// A partner without a backend link: whose questionnaire and which round, answers to the event.
const followUp = document.createElement('mk-follow-up');
followUp.lang = 'en';
followUp.kind = 'mentee';
followUp.monthsAfterStart = 6;
followUp.addEventListener('mk-follow-up-submit', (event) => {
  event.preventDefault();
  const role: 'mentee' | 'mentor' = event.detail.answers.role;
  document.body.dataset.followUp = role;
});

// @mentorkit/core's own code runs in the app too (its dist, through the app's bundler).
document.body.dataset.coreSchema = String(TrainingEventSchema.safeParse(training).success);
document.body.append(form, calendar, card, followUp);
`,
  );
  // Each line marked `// error TSnnnn` must be exactly that error, and nothing else may be.
  write(
    'type-errors/wrong-types.ts',
    `import '@mentorkit/widgets/define';
import type { TrainingEvent } from '@mentorkit/core';

const form = document.createElement('mk-signup-form');
form.kind = 'nobody'; // error TS2322
const calendar = document.createElement('mk-training-calendar');
calendar.view = 'year'; // error TS2322
form.addEventListener('mk-signup-submit', (event) => {
  const kind: number = event.detail.submission.kind; // error TS2322
  console.log(kind, event.detail.status); // error TS2339
});
const training: TrainingEvent = { uid: 'x', title: 'x' }; // error TS2739
console.log(training);
const followUp = document.createElement('mk-follow-up');
followUp.kind = 'coordinator'; // error TS2322
`,
  );
}

function install() {
  writeApp();
  const result = exec(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund'], appDir);
  if (!result.ok) fail('npm install failed', result.output);
  // The app must have our tarballs, never a registry package of the same name.
  const appLock = readJson(join(appDir, 'package-lock.json'));
  for (const name of PACKAGE_NAMES) {
    const resolved = appLock.packages?.[`node_modules/${name}`]?.resolved ?? '';
    if (!resolved.startsWith('file:')) fail(`${name} was installed from ${resolved || 'nowhere'}`);
  }
  const nested = Object.keys(appLock.packages ?? {}).filter((path) =>
    path.includes('/node_modules/@mentorkit/'),
  );
  if (nested.length) fail(`a second copy of a @mentorkit package: ${nested.join(', ')}`);
  return `tarballs, vite ${versions.vite}, typescript ${versions.typescript}`;
}

function checkEditorData() {
  const dist = join(appDir, 'node_modules/@mentorkit/widgets/dist');
  const vscode = readJson(join(dist, 'vscode.html-custom-data.json'));
  const webTypes = readJson(join(dist, 'web-types.json'));
  const lists = {
    'vscode.html-custom-data.json': (vscode.tags ?? []).map((tag) => tag.name),
    'web-types.json': (webTypes.contributions?.html?.elements ?? []).map((element) => element.name),
  };
  for (const [file, names] of Object.entries(lists)) {
    const missing = TAGS.filter((tag) => !names.includes(tag));
    if (missing.length) fail(`${file} lacks ${missing.join(', ')}`);
  }
  return `both list ${TAGS.join(', ')}`;
}

function tsc(project) {
  return exec(
    process.execPath,
    [join(appDir, 'node_modules/typescript/bin/tsc'), '-p', project, '--pretty', 'false'],
    appDir,
  );
}

/**
 * For every event the installed manifest declares, a listener that reads `detail`: with only
 * the define module imported, `addEventListener` must know the event (an unknown one is a plain
 * `Event`, without `detail`). Covers a widget added later without anyone editing this test.
 */
function writeEveryEventFile() {
  const manifest = readJson(
    join(appDir, 'node_modules/@mentorkit/widgets/dist/custom-elements.json'),
  );
  const lines = [
    "import '@mentorkit/widgets/define';",
    '',
    'export const details: unknown[] = [];',
  ];
  let count = 0;
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      lines.push(`const ${declaration.name} = document.createElement('${declaration.tagName}');`);
      for (const event of declaration.events ?? []) {
        lines.push(
          `${declaration.name}.addEventListener('${event.name}', (event) => details.push(event.detail));`,
        );
        count += 1;
      }
    }
  }
  if (count === 0) fail('the manifest declares no events');
  mkdirSync(join(appDir, 'define-only'), { recursive: true });
  writeFileSync(join(appDir, 'define-only/every-event.ts'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(appDir, 'tsconfig.define-only.json'),
    `${JSON.stringify({ extends: './tsconfig.json', include: ['define-only'] }, null, 2)}\n`,
  );
  return count;
}

function typeCheckEvents() {
  const events = writeEveryEventFile();
  // A program of its own: in one with the app's main.ts, that file's import of the package's
  // index would bring every event type along and hide a define module that does not.
  const result = tsc('tsconfig.define-only.json');
  if (!result.ok)
    fail("tsc failed: an event is untyped with only '@mentorkit/widgets/define'", result.output);
  return `${events} events, each with its detail type`;
}

function typeCheckApp() {
  const result = tsc('tsconfig.json');
  if (!result.ok) fail('tsc --noEmit failed on the app', result.output);
  return 'strict, skipLibCheck off, no allowImportingTsExtensions';
}

function typeCheckErrors() {
  const file = 'type-errors/wrong-types.ts';
  const source = readFileSync(join(appDir, file), 'utf8').split('\n');
  const expected = new Set(
    source.flatMap((line, index) => {
      const code = /\/\/ error (TS\d+)/.exec(line)?.[1];
      return code ? [`${file}:${index + 1} ${code}`] : [];
    }),
  );
  const result = tsc('tsconfig.type-errors.json');
  if (result.ok) fail('tsc passed on the file of deliberate type errors');
  const reported = new Set(
    [...result.output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map(
      ([, path, line, code]) => `${path.replaceAll('\\', '/')}:${line} ${code}`,
    ),
  );
  const missed = [...expected].filter((key) => !reported.has(key));
  const unexpected = [...reported].filter((key) => !expected.has(key));
  if (missed.length || unexpected.length || reported.size === 0)
    fail(
      `expected exactly ${[...expected].join(', ')}` +
        (missed.length ? `; not reported: ${missed.join(', ')}` : '') +
        (unexpected.length ? `; unexpected: ${unexpected.join(', ')}` : ''),
      result.output,
    );
  return `${expected.size} errors, each where marked (a wrong kind and view, a wrong event detail, an incomplete TrainingEvent, a follow-up's wrong kind)`;
}

function viteBuild() {
  const result = exec(
    process.execPath,
    [join(appDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    appDir,
  );
  if (!result.ok) fail('vite build failed', result.output);
  return 'dist/ of the app';
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The built app on a free port of 127.0.0.1: static files, as any host would serve them. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

async function renderInChromium() {
  const server = await serve(join(appDir, 'dist'));
  const browser = await chromium.launch({
    executablePath: requireChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(server.url);
    await page.waitForSelector('body[data-core-schema]', { timeout: RENDER_TIMEOUT });
    const coreSchema = await page.getAttribute('body', 'data-core-schema');
    if (coreSchema !== 'true') fail(`@mentorkit/core's schema in the page said ${coreSchema}`);
    const state = await page.evaluate(
      (tags) =>
        tags.map((tag) => ({
          tag,
          defined: customElements.get(tag) !== undefined,
          shadowRoot: document.querySelector(tag)?.shadowRoot != null,
        })),
      TAGS,
    );
    const broken = state.filter((entry) => !entry.defined || !entry.shadowRoot);
    if (broken.length)
      fail(`not defined or without a shadow root: ${broken.map((entry) => entry.tag).join(', ')}`);
    // Playwright's locators go through open shadow roots.
    const email = page.locator('mk-signup-form').getByLabel('Email address', { exact: true });
    await email.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
    const type = await email.getAttribute('type');
    if (type !== 'email') fail(`the form's "Email address" field is type=${type}`);
    await page
      .locator('mk-training-calendar')
      .getByText('Mentor training in Örebro')
      .first()
      .waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
    await page
      .locator('mk-match-card')
      .getByText('CNC operator')
      .first()
      .waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
    await page
      .locator('mk-follow-up')
      .getByRole('group', { name: /What are you doing now\?/ })
      .waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
    if (problems.length) fail(problems.join('\n'));
    return "the form's labelled e-mail field (in English, a lazy catalogue), the calendar's training, the card's profession, the follow-up's first question; core's schema ran; no error in the console";
  } finally {
    await browser.close();
    await server.close();
  }
}

// ── run ─────────────────────────────────────────────────────────────────────────────────────

const started = performance.now();
console.log(`Packing ${PACKAGE_NAMES.join(', ')} into a fresh app in ${scratch}`);
try {
  await check(`npm pack ${PACKAGE_NAMES.join(', ')}`, packPackages, { fatal: true });
  await check("core's tarball: built modules and types, no sources", checkCoreTarball);
  await check("widgets' tarball: exports, manifest and editor data", checkWidgetsTarball);
  await check('no tests, test helpers or fixtures in the tarballs', checkNoTests);
  await check(
    `npm install of the tarballs, vite and typescript (--prefer-offline) into a fresh app`,
    install,
    { fatal: true },
  );
  await check('installed editor data lists every widget', checkEditorData);
  await check('tsc --noEmit passes on the app (typed elements and event)', typeCheckApp);
  await check(
    "tsc --noEmit: every event of the manifest is typed with only '@mentorkit/widgets/define'",
    typeCheckEvents,
  );
  await check('tsc --noEmit reports each deliberate type error', typeCheckErrors);
  await check('vite build of the app', viteBuild, { fatal: true });
  await check('the built app shows the four widgets in Chromium', renderInChromium);
} finally {
  if (keep) console.log(`kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
const passed = results.length - failed;
console.log(
  `\n${passed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ passed, failed, skipped: 0 }));
process.exit(failed ? 1 : 0);
