/**
 * The DOM checks behind the accessibility passes (issue 24), with no test framework in them, so
 * that the widgets' component tests (a11y-passes.ts) and the extension's Playwright tests
 * (tests/support/a11y-checks.ts, which bundles this file into the page) measure the same way:
 *
 * - `unreadableText`: text whose colour is below 4.5:1 against the first opaque background
 *   behind it (run with forced colours on, or dark);
 * - `targetSizeProblems`: controls under 24 × 24 CSS pixels (WCAG 2.5.8).
 *
 * Both walk open shadow roots and name each element and its numbers, so a failure says what to
 * fix.
 */
export type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba | undefined {
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
export function unreadableText(host: Element): string[] {
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

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

/**
 * A link inline in a sentence: its block holds other text than the link's. A link alone on its
 * line (a paragraph of one link) is a control like any other, and the exception does not apply.
 */
function inSentence(link: Element): boolean {
  if (getComputedStyle(link).display !== 'inline') return false;
  let block = parentOf(link);
  while (block && getComputedStyle(block).display.startsWith('inline')) block = parentOf(block);
  const own = (link.textContent ?? '').trim().length;
  return ((block?.textContent ?? '').replace(/\s+/g, ' ').trim().length ?? 0) > own;
}

/**
 * Controls smaller than 24 × 24 CSS pixels. Exempt, as WCAG 2.5.8 allows: links inline in a
 * sentence (`inSentence`), and a checkbox or radio whose label (which also checks it) makes the target.
 */
export function targetSizeProblems(host: Element, minimum = 24): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (!el.matches(INTERACTIVE) || !isShown(el)) continue;
    if ((el as HTMLButtonElement).disabled) continue;
    // Out of reach on purpose (a honeypot field): hidden from everyone and out of the tab order.
    if (el.closest('[aria-hidden="true"]') && el.getAttribute('tabindex') === '-1') continue;
    if (el.localName === 'a' && inSentence(el)) continue;
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
