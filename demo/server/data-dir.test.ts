import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDataPrivate } from './data-dir.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('keepDataPrivate', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the data folder private to this user', () => {
    const parent = mkdtempSync(join(tmpdir(), 'mk-data-'));
    made.push(parent);
    const dataDir = join(parent, 'data');
    keepDataPrivate(dataDir);
    expect(mode(dataDir)).toBe(0o700);
  });

  it('brings what PGlite and an older start left open back to 0700 and 0600', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mk-data-'));
    made.push(dataDir);
    const pglite = join(dataDir, 'pglite', 'base', '1');
    mkdirSync(pglite, { recursive: true });
    writeFileSync(join(pglite, '1259'), 'table data');
    writeFileSync(join(dataDir, 'coordinator-token'), 'secret');
    chmodSync(join(pglite, '1259'), 0o666);
    chmodSync(join(dataDir, 'coordinator-token'), 0o644);
    chmodSync(join(dataDir, 'pglite'), 0o755);
    chmodSync(dataDir, 0o755);
    // A link inside is left as it is, and its target is not touched.
    const outside = join(tmpdir(), `mk-outside-${process.pid}`);
    writeFileSync(outside, 'not ours');
    chmodSync(outside, 0o644);
    made.push(outside);
    symlinkSync(outside, join(dataDir, 'link'));

    keepDataPrivate(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'pglite'))).toBe(0o700);
    expect(mode(pglite)).toBe(0o700);
    expect(mode(join(pglite, '1259'))).toBe(0o600);
    expect(mode(join(dataDir, 'coordinator-token'))).toBe(0o600);
    expect(mode(outside)).toBe(0o644);
  });
});
