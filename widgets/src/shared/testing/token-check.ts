/**
 * The check behind "a component may only use tokens that exist" (Material Web's
 * `createTokenTests`). Every widget's tests run it over the widget's own styles:
 *
 * ```ts
 * import { undefinedTokens } from '../shared/testing/token-check.ts';
 * it('uses only defined tokens', () => {
 *   expect(undefinedTokens(MkMatchCard.styles, { publicTokens: ['--mk-match-avatar-size'] })).toEqual([]);
 * });
 * ```
 * Pure string work on `cssText`: runs in node (vitest) and in the browser alike.
 */
import type { CSSResultGroup } from 'lit';
import { THEME_TOKENS, themeTokens } from '../theme.styles.ts';

export interface TokenCheckOptions {
  /**
   * The component's own public tokens (its `@cssprop`s), which it may read with a fallback:
   * `var(--mk-calendar-cell-size, 2.5rem)`.
   */
  publicTokens?: readonly string[];
}

function cssTexts(styles: CSSResultGroup | undefined): string[] {
  if (styles === undefined) return [];
  if (Array.isArray(styles)) return styles.flatMap((item: CSSResultGroup) => cssTexts(item));
  if ('cssText' in styles) return [styles.cssText];
  // A constructed CSSStyleSheet (browsers only): its rules carry the text.
  return [...styles.cssRules].map((rule) => rule.cssText);
}

function stripComments(cssText: string): string {
  return cssText.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Custom properties declared (`--name: …`) anywhere in `cssText`. */
export function declaredTokens(cssText: string): Set<string> {
  return new Set(
    [...stripComments(cssText).matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1] ?? ''),
  );
}

/** Every `var(--mk-…)` and `var(--_mk-…)` reference, with whether it has a fallback. */
export function tokenReferences(cssText: string): { name: string; hasFallback: boolean }[] {
  return [...stripComments(cssText).matchAll(/var\(\s*(--_?mk-[\w-]+)\s*(,)?/g)].map((match) => ({
    name: match[1] ?? '',
    hasFallback: match[2] === ',',
  }));
}

/**
 * The tokens `styles` uses that nothing defines, sorted; an empty list means all is well.
 * - `--_mk-*` (resolved tokens) must be declared by the theme or by `styles` itself;
 * - `--mk-*` without a fallback must be declared, or it is empty unless a page sets it;
 * - `--mk-*` with a fallback must be a theme token or one of `publicTokens` (a typo check).
 */
export function undefinedTokens(
  styles: CSSResultGroup | undefined,
  options: TokenCheckOptions = {},
): string[] {
  const own = cssTexts(styles).join('\n');
  const declared = new Set([...declaredTokens(themeTokens.cssText), ...declaredTokens(own)]);
  const known = new Set<string>([...THEME_TOKENS, ...(options.publicTokens ?? [])]);
  const missing = new Set<string>();
  for (const { name, hasFallback } of tokenReferences(own)) {
    if (declared.has(name)) continue;
    if (name.startsWith('--mk-') && hasFallback && known.has(name)) continue;
    missing.add(name);
  }
  return [...missing].sort();
}
