import { describe, expect, it } from 'vitest';
import { toFormBody } from './encode.ts';

describe('toFormBody', () => {
  it('flattens to dotted paths and skips absent values', () => {
    const body = toFormBody({ a: { b: [1, 'x'], c: undefined, d: null }, e: false });
    expect([...body]).toEqual([
      ['a.b.0', '1'],
      ['a.b.1', 'x'],
      ['e', 'false'],
    ]);
  });
});
