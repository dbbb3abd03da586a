import { describe, expect, it } from 'vitest';
import { dataStateStyles } from '../shared/data-state.styles.ts';
import { undefinedTokens } from '../shared/testing/token-check.ts';
import { themeStyles } from '../shared/theme.styles.ts';
import { glossaryStyles } from './glossary.styles.ts';

describe('glossary styles', () => {
  it('use only defined tokens', () => {
    expect(undefinedTokens([themeStyles, dataStateStyles, glossaryStyles])).toEqual([]);
  });

  it('use logical properties only', () => {
    const physical =
      /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right|top|bottom)\b|(?:^|[\s;{])(?:left|right|top|bottom)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)|(?<![\w-])(?:min-|max-)?(?:width|height)\s*:/;
    expect(glossaryStyles.cssText).not.toMatch(physical);
  });

  it('use a system colour for their own borders under forced colours', () => {
    expect(glossaryStyles.cssText).toMatch(/forced-colors:\s*active[\s\S]*CanvasText/);
  });
});
