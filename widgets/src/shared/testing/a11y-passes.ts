/**
 * Accessibility passes beyond axe (issue 24), for every widget's component tests:
 *
 * - forced colours (Windows High Contrast): every piece of text readable against what is
 *   behind it, with Chromium's forced-colours mode on (`forcedColorsProblems`);
 * - dark: axe with the widget dark and the page painted the widget's own background first
 *   (axe assumes a white page behind a transparent widget) (`expectAccessibleDark`);
 * - target size (WCAG 2.5.8): every control at least 24 × 24 CSS pixels, or inline in a
 *   sentence (`targetSizeProblems`).
 *
 * `a11yPasses('<mk-x> filled', () => fixtureOfX())` defines the three tests at once:
 *
 * ```ts
 * import { a11yPasses } from '../shared/testing/a11y-passes.ts';
 * a11yPasses('<mk-match-card> full', async () => card(FULL_MATCH));
 * ```
 * The problem lists name the element and the numbers, so a failure says what to fix.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { afterEach, describe, it } from './mocha.ts';
import { targetSizeProblems, unreadableText } from './a11y-checks.ts';

export {
  backgroundBehind,
  contrast,
  deepElements,
  targetSizeProblems,
  unreadableText,
} from './a11y-checks.ts';

/**
 * Turns Chromium's forced-colours mode on or off (test-support/forced-colors.mjs); false
 * where it cannot be emulated (Firefox).
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  return (
    (await executeServerCommand<boolean, { active: boolean }>('mk-forced-colors', { active })) ===
    true
  );
}

/**
 * axe with the widget dark (`theme="dark"`) and the page behind it painted with the widget's
 * own background, as a dark page would be (axe takes a transparent page for white).
 */
export async function expectAccessibleDark(host: HTMLElement): Promise<void> {
  const previousTheme = host.getAttribute('theme');
  const previousBackground = document.body.style.backgroundColor;
  // No transitions: axe would read colours half-way from light to dark.
  host.style.setProperty('--mk-transition-duration', '0s');
  host.setAttribute('theme', 'dark');
  await (host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const background = getComputedStyle(host).getPropertyValue('--_mk-color-background').trim();
  document.body.style.backgroundColor = background || 'rgb(22, 23, 27)';
  try {
    await expect(host).to.be.accessible();
    expect(unreadableText(host), 'text below 4.5:1 in dark').to.deep.equal([]);
  } finally {
    if (previousTheme === null) host.removeAttribute('theme');
    else host.setAttribute('theme', previousTheme);
    document.body.style.backgroundColor = previousBackground;
    host.style.removeProperty('--mk-transition-duration');
  }
}

/**
 * The three passes as tests, for a widget in one state: `setup` renders it (a fixture) and
 * resolves when it shows that state.
 */
export function a11yPasses(title: string, setup: () => Promise<HTMLElement>): void {
  describe(`${title}: accessibility beyond axe`, () => {
    afterEach(async () => {
      await emulateForcedColors(false);
    });

    it('keeps every text readable in forced colours', async function () {
      const el = await setup();
      if (!(await emulateForcedColors(true))) return; // Firefox: not emulated (Chromium covers it)
      await new Promise(requestAnimationFrame);
      expect(unreadableText(el), 'text below 4.5:1 in forced colours').to.deep.equal([]);
    });

    it('passes axe dark, on a dark page', async () => {
      await expectAccessibleDark(await setup());
    });

    it('has targets of at least 24 × 24 CSS pixels', async () => {
      expect(targetSizeProblems(await setup()), 'targets under 24 × 24').to.deep.equal([]);
    });
  });
}
