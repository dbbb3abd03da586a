import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChrome, findFirefox, requireFirefox } from './find-browser.js';

function fakeBrowser(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mk-chrome-'));
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return dir;
}

describe('findChrome', () => {
  it('prefers CHROME_PATH', () => {
    const dir = fakeBrowser('my-chrome');
    expect(findChrome({ CHROME_PATH: join(dir, 'my-chrome'), PATH: '' })).toBe(
      join(dir, 'my-chrome'),
    );
  });

  it('does not fall back to the PATH when CHROME_PATH points at nothing', () => {
    const dir = fakeBrowser('chromium');
    expect(findChrome({ CHROME_PATH: '/nowhere/chrome', PATH: dir })).toBeUndefined();
  });

  it('finds chromium, then google-chrome, on the PATH', () => {
    const chromiumDir = fakeBrowser('chromium');
    const chromeDir = fakeBrowser('google-chrome');
    expect(findChrome({ PATH: [chromeDir, chromiumDir].join(':') })).toBe(
      join(chromeDir, 'google-chrome'),
    );
    expect(findChrome({ PATH: chromiumDir })).toBe(join(chromiumDir, 'chromium'));
  });

  it('returns undefined when there is no browser', () => {
    expect(findChrome({ PATH: mkdtempSync(join(tmpdir(), 'mk-empty-')) })).toBeUndefined();
  });
});

describe('findFirefox', () => {
  it('prefers FIREFOX_PATH, and does not fall back when it points at nothing', () => {
    const dir = fakeBrowser('my-firefox');
    expect(findFirefox({ FIREFOX_PATH: join(dir, 'my-firefox'), PATH: '' })).toBe(
      join(dir, 'my-firefox'),
    );
    expect(findFirefox({ FIREFOX_PATH: '/nowhere/firefox', PATH: dir })).toBeUndefined();
  });

  it('finds firefox-esr, then firefox, on the PATH', () => {
    const esrDir = fakeBrowser('firefox-esr');
    const releaseDir = fakeBrowser('firefox');
    expect(findFirefox({ PATH: [releaseDir, esrDir].join(':') })).toBe(join(releaseDir, 'firefox'));
    expect(findFirefox({ PATH: esrDir })).toBe(join(esrDir, 'firefox-esr'));
  });

  it('says how to install one when there is none', () => {
    const empty = mkdtempSync(join(tmpdir(), 'mk-empty-'));
    expect(() => requireFirefox({ PATH: empty })).toThrow(/apt-get install -y firefox-esr/);
  });
});
