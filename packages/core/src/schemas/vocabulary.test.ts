import { describe, expect, it } from 'vitest';
import { IdentifierSchema } from './common.ts';
import { isIdentifier } from './vocabulary.ts';

// The predicate is for widgets that must not load zod at first render; it must accept exactly
// what the schema accepts.
describe('the zod-free predicate is the schema', () => {
  it('isIdentifier is IdentifierSchema', () => {
    const samples = [
      'stockholm-2026',
      'a',
      'A.b_c:d@e-f',
      '9lives',
      '',
      'two words',
      '-leading',
      '.dot',
      'åäö',
      'x/y',
      'x\n',
      'x'.repeat(128),
      'x'.repeat(129),
    ];
    for (const sample of samples) {
      expect(isIdentifier(sample), sample).toBe(IdentifierSchema.safeParse(sample).success);
    }
    expect(isIdentifier('two words')).toBe(false);
    expect(isIdentifier('x'.repeat(128))).toBe(true);
  });
});
