import { describe, expect, it } from 'vitest';
import { css } from 'lit';
import { THEME_TOKENS, baseStyles, themeStyles, themeTokens } from './theme.styles.ts';
import { dataStateStyles } from './data-state.styles.ts';
import { declaredTokens, tokenReferences, undefinedTokens } from './testing/token-check.ts';

describe('theme', () => {
  it('resolves every public token, with a default, on :host', () => {
    const text = themeTokens.cssText;
    for (const token of THEME_TOKENS) {
      const resolved = `--_${token.slice(2)}`;
      expect(text, resolved).toMatch(
        new RegExp(`${resolved}:\\s*var\\(\\s*${token}\\s*,\\s*[^)\\s]`),
      );
    }
  });

  it('declares nothing it does not list as a public token', () => {
    const resolved = [...declaredTokens(themeTokens.cssText)];
    const listed = new Set<string>(THEME_TOKENS.map((token) => `--_${token.slice(2)}`));
    expect(resolved.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('never declares a public token, so values set on the page inherit', () => {
    expect([...declaredTokens(themeTokens.cssText)].filter((n) => n.startsWith('--mk-'))).toEqual(
      [],
    );
  });

  it('has dark (by the page or the theme attribute), forced-colours and reduced-motion variants', () => {
    const text = themeTokens.cssText;
    expect(text).toContain('light-dark(');
    expect(text).toContain('color-scheme: dark');
    expect(text).not.toContain('prefers-color-scheme');
    expect(text).toContain('forced-colors: active');
    expect(text).toContain('prefers-reduced-motion: reduce');
  });

  it.each([
    ['baseStyles', baseStyles],
    ['dataStateStyles', dataStateStyles],
  ])('%s uses logical properties only', (_name, styles) => {
    const text = styles.cssText;
    const physicalProperty =
      /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom|(?:min-|max-)?(?:width|height))\s*:/g;
    const physicalValue = /(?:text-align|float|clear)\s*:\s*(?:left|right)/g;
    expect([...text.matchAll(physicalProperty)].map((m) => m[1])).toEqual([]);
    expect(text.match(physicalValue)).toBeNull();
  });

  it('the shared styles use only defined tokens', () => {
    expect(undefinedTokens(themeStyles)).toEqual([]);
    expect(undefinedTokens([themeStyles, dataStateStyles])).toEqual([]);
  });
});

describe('undefinedTokens', () => {
  it('reports a resolved token nobody declares', () => {
    expect(
      undefinedTokens(css`
        p {
          color: var(--_mk-color-txet);
        }
      `),
    ).toEqual(['--_mk-color-txet']);
  });

  it('reports a public token used without a fallback', () => {
    expect(
      undefinedTokens(css`
        p {
          color: var(--mk-color-text);
        }
      `),
    ).toEqual(['--mk-color-text']);
  });

  it('reports a misspelt public token even with a fallback', () => {
    expect(
      undefinedTokens(css`
        p {
          color: var(--mk-colour-text, red);
        }
      `),
    ).toEqual(['--mk-colour-text']);
  });

  it('accepts theme tokens, tokens the component declares and its documented public tokens', () => {
    const styles = css`
      :host {
        --_mk-cell: var(--mk-calendar-cell-size, 2.5rem);
      }
      td {
        inline-size: var(--_mk-cell);
        color: var(--_mk-color-text);
        border-color: var(--mk-color-border, gray);
      }
    `;
    expect(undefinedTokens(styles, { publicTokens: ['--mk-calendar-cell-size'] })).toEqual([]);
    expect(undefinedTokens(styles)).toEqual(['--mk-calendar-cell-size']);
  });

  it('ignores tokens in comments and finds nested references', () => {
    expect(tokenReferences('/* var(--mk-x) */ a { b: var(--_mk-y, var(--mk-z)); }')).toEqual([
      { name: '--_mk-y', hasFallback: true },
      { name: '--mk-z', hasFallback: false },
    ]);
  });
});
