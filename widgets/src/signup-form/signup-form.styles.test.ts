import { describe, expect, it } from 'vitest';
import { undefinedTokens } from '../shared/testing/token-check.ts';
import { themeStyles } from '../shared/theme.styles.ts';
import { signupFormStyles } from './signup-form.styles.ts';

describe('signup form styles', () => {
  it('uses only defined tokens', () => {
    expect(undefinedTokens([themeStyles, signupFormStyles])).toEqual([]);
  });

  it('uses logical properties only', () => {
    expect(signupFormStyles.cssText).not.toMatch(
      /(margin|padding|border)-(left|right)|\b(left|right)\s*:/,
    );
  });
});
