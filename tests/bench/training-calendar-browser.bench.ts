// <mk-training-calendar> in Chromium, where a visitor waits, each beside its baseline in the same
// page and run (issue 22): parsing and expanding the bench feed against ical.js's own bare
// expansion (at 500 and 5,000 VEVENTs: the cost should grow linearly), the list view of its
// 1,677 occurrences against a plain list of the same events, and one month's step in month view.
// `npm run bench -- Chromium`. The page (tests/bench/calendar/page.ts) is bundled from source
// with esbuild and times itself, so no Playwright round trip is counted; MK_BENCH_MINIFY=0
// bundles it unminified, for reading a profile of it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../support/find-browser.js';
import { defineBenchmarks } from './benchmark.ts';

const ENTRY = fileURLToPath(new URL('./calendar/page.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url));

interface Session {
  browser: Browser;
  page: Page;
}

let started: Promise<Session> | undefined;

export function session(): Promise<Session> {
  started ??= (async () => {
    const bundle = await build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: process.env.MK_BENCH_MINIFY !== '0',
      conditions: ['mentorkit-source'],
      // Lit's decorators need the base config (useDefineForClassFields: false).
      tsconfig: TSCONFIG,
      logLevel: 'error',
    });
    const browser = await chromium.launch({
      executablePath: requireChrome(),
      headless: true,
      args: CHROME_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body></body></html>',
    );
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text, type: 'module' });
    await page.waitForFunction(() => 'calendarBench' in window);
    return { browser, page };
  })();
  return started;
}

type Bench = Record<string, (...args: number[]) => number | Promise<number>>;

async function inPage(name: string, ...args: number[]): Promise<number> {
  const { page } = await session();
  return page.evaluate(
    ([name, args]) => (window as unknown as { calendarBench: Bench }).calendarBench[name]!(...args),
    [name, args] as const,
  );
}

const BARE_500 = 'calendar (Chromium): ical.js bare expansion, 500 VEVENTs (baseline)';
const BARE_5000 = 'calendar (Chromium): ical.js bare expansion, 5,000 VEVENTs (baseline)';
const PLAIN = 'calendar (Chromium): a plain <ul> of the same 1,677 events (baseline)';

export default defineBenchmarks([
  {
    name: 'calendar (Chromium): parse + expand 500 VEVENTs → 1,677 occurrences',
    run: () => inPage('parse', 500),
    measuresItself: true,
    runs: 30,
    baseline: BARE_500,
  },
  { name: BARE_500, run: () => inPage('bare', 500), measuresItself: true, runs: 30 },
  {
    name: 'calendar (Chromium): parse + expand 5,000 VEVENTs → 16,685 occurrences',
    run: () => inPage('parse', 5000),
    measuresItself: true,
    runs: 10,
    baseline: BARE_5000,
  },
  { name: BARE_5000, run: () => inPage('bare', 5000), measuresItself: true, runs: 10 },
  {
    name: 'calendar (Chromium): list view of 1,677 occurrences, events to first screen laid out',
    run: () => inPage('list'),
    measuresItself: true,
    runs: 20,
    baseline: PLAIN,
  },
  {
    name: 'calendar (Chromium): list view of 1,677 occurrences, events to every entry laid out',
    run: () => inPage('wholeList'),
    measuresItself: true,
    runs: 20,
    baseline: PLAIN,
  },
  { name: PLAIN, run: () => inPage('plain'), measuresItself: true, runs: 20 },
  {
    name: 'calendar (Chromium): month view, Next month to layout (1,677 occurrences)',
    run: () => inPage('month'),
    measuresItself: true,
    runs: 50,
  },
]);

export async function teardown(): Promise<void> {
  if (!started) return;
  const { browser } = await started;
  await browser.close();
}
