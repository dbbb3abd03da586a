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

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba | undefined {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) return undefined;
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flat tree: through shadow roots to their hosts. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The first opaque background at or above `el` (the page's canvas when there is none). */
export function backgroundBehind(el: Element): Rgba {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0.5) return color;
  }
  return (
    parseColor(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1]
  );
}

function describeElement(el: Element): string {
  const part = el.getAttribute('part');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  const type = el.getAttribute('type');
  const name = el.getAttribute('name');
  return `<${el.localName}${type ? ` type="${type}"` : ''}${name ? ` name="${name}"` : ''}${part ? ` part="${part}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className.trim()}"` : ''}> "${text}"`;
}

/** Every element in `root` and the shadow roots below it. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return out;
}

function isShown(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** Text (own text nodes) whose colour is below 4.5:1 against what is behind it. */
export function unreadableText(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    const ownText = [...el.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
    if (!ownText || !isShown(el)) continue;
    const color = parseColor(getComputedStyle(el).color);
    if (!color) continue;
    const ratio = contrast(color, backgroundBehind(el));
    if (ratio < 4.5) problems.push(`${describeElement(el)}: ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

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

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

/**
 * Controls smaller than 24 × 24 CSS pixels. Exempt, as WCAG 2.5.8 allows: links inline in a
 * sentence, and a checkbox or radio whose label (which also checks it) makes the target.
 */
export function targetSizeProblems(host: HTMLElement, minimum = 24): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (!el.matches(INTERACTIVE) || !isShown(el)) continue;
    if ((el as HTMLButtonElement).disabled) continue;
    // Out of reach on purpose (a honeypot field): hidden from everyone and out of the tab order.
    if (el.closest('[aria-hidden="true"]') && el.getAttribute('tabindex') === '-1') continue;
    if (el.localName === 'a' && getComputedStyle(el).display === 'inline') continue;
    let { width, height } = el.getBoundingClientRect();
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0 && /^(checkbox|radio)$/.test((el as HTMLInputElement).type)) {
      for (const label of labels) {
        const rect = label.getBoundingClientRect();
        width = Math.max(width, rect.width);
        height = Math.max(height, rect.height);
      }
    }
    if (width < minimum - 0.5 || height < minimum - 0.5)
      problems.push(`${describeElement(el)}: ${width.toFixed(1)} × ${height.toFixed(1)}`);
  }
  return problems;
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
