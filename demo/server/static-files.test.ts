import { describe, expect, it } from 'vitest';
import { resolveInside } from './static-files.ts';

describe('resolveInside', () => {
  const root = '/srv/demo';

  it('resolves a path inside the root', () => {
    expect(resolveInside(root, '/widgets/mentorkit.js')).toBe('/srv/demo/widgets/mentorkit.js');
    expect(resolveInside(root, '/')).toBe('/srv/demo/');
  });

  it('refuses paths that leave the root, encoded or not', () => {
    expect(resolveInside(root, '/../etc/passwd')).toBeUndefined();
    expect(resolveInside(root, '/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveInside(root, '/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/demo', '/../demo-secrets/x')).toBeUndefined();
  });

  it('refuses malformed encodings and NUL bytes', () => {
    expect(resolveInside(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveInside(root, '/a%00.html')).toBeUndefined();
  });
});
