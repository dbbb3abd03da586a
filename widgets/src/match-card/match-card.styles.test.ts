import { describe, expect, it } from 'vitest';
import { themeStyles } from '../shared/theme.styles.ts';
import { dataStateStyles } from '../shared/data-state.styles.ts';
import { undefinedTokens } from '../shared/testing/token-check.ts';
import { MATCH_CARD_TOKENS, matchCardStyles } from './match-card.styles.ts';

describe('match card styles', () => {
  it('use only defined tokens', () => {
    expect(
      undefinedTokens([themeStyles, dataStateStyles, matchCardStyles], {
        publicTokens: MATCH_CARD_TOKENS,
      }),
    ).toEqual([]);
  });

  it('use logical properties only', () => {
    const physical =
      /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right|top|bottom)\b|(?:^|[\s;{])(?:left|right|top|bottom)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)|(?<![\w-])(?:min-|max-)?(?:width|height)\s*:/;
    expect(matchCardStyles.cssText).not.toMatch(physical);
  });
});
