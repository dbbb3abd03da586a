// The widgets' accessibility checks beyond axe (widgets/src/shared/testing/a11y-checks.ts) for
// Playwright pages: the extension's pages, which no component test renders. The module is
// bundled once with esbuild and evaluated in the page (over CDP, so an extension page's CSP does
// not refuse it), so both suites measure target size and contrast with the same code.
//
// `extensionPagePasses(page)` runs the passes issue 24 asks for on a page as it is now: targets
// of at least 24 × 24 CSS pixels; every text readable in forced colours; axe dark, with the
// page's real (dark) canvas painted first, as axe takes a transparent page for white.
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { build } from 'esbuild';
import { expect, type Page } from '@playwright/test';

const CHECKS = fileURLToPath(
  new URL('../../widgets/src/shared/testing/a11y-checks.ts', import.meta.url),
);

let bundle: Promise<string> | undefined;

function checksSource(): Promise<string> {
  bundle ??= build({
    entryPoints: [CHECKS],
    bundle: true,
    format: 'iife',
    globalName: '__mkA11yChecks',
    write: false,
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

type Check = 'targetSizeProblems' | 'unreadableText';

/** Runs one of the checks over the whole page (`document.body` and the open shadow roots in it). */
export async function runCheck(page: Page, check: Check): Promise<string[]> {
  const source = await checksSource();
  return page.evaluate(
    `(() => { ${source}; return __mkA11yChecks[${JSON.stringify(check)}](document.body); })()`,
  );
}

/** Controls under 24 × 24 CSS pixels, each named with its size. */
export function targetSizeProblems(page: Page): Promise<string[]> {
  return runCheck(page, 'targetSizeProblems');
}

/** Text below 4.5:1 against what is behind it, with forced colours on; forced colours off after. */
export async function forcedColorsProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ forcedColors: 'active' });
  try {
    return await runCheck(page, 'unreadableText');
  } finally {
    await page.emulateMedia({ forcedColors: null });
  }
}

/**
 * axe and the contrast check with the page dark, its canvas painted (axe assumes white behind a
 * transparent page); the light scheme again after.
 */
export async function darkProblems(page: Page): Promise<{ axe: unknown[]; text: string[] }> {
  await page.emulateMedia({ colorScheme: 'dark' });
  const previous = await page.evaluate(() => {
    const root = document.documentElement;
    const before = root.style.backgroundColor;
    root.style.backgroundColor = 'Canvas';
    return before;
  });
  try {
    const axe = (await new AxeBuilder({ page }).analyze()).violations.map(({ id, nodes }) => ({
      id,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
    return { axe, text: await runCheck(page, 'unreadableText') };
  } finally {
    await page.evaluate((before) => {
      document.documentElement.style.backgroundColor = before;
    }, previous);
    await page.emulateMedia({ colorScheme: null });
  }
}

/** The three passes, as assertions that name what failed. */
export async function extensionPagePasses(page: Page): Promise<void> {
  expect(await targetSizeProblems(page), 'targets under 24 × 24').toEqual([]);
  expect(await forcedColorsProblems(page), 'text below 4.5:1 in forced colours').toEqual([]);
  expect(await darkProblems(page), 'dark').toEqual({ axe: [], text: [] });
}
