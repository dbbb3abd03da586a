import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer, listen } from './app.ts';
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

describe('resolveInside: one spelling per file', () => {
  const root = '/srv/demo';

  it('refuses encoded slashes and backslashes', () => {
    expect(resolveInside(root, '/coordinator%2findex.html')).toBeUndefined();
    expect(resolveInside(root, '/coordinator%2Findex.html')).toBeUndefined();
    expect(resolveInside(root, '/coordinator%5cindex.html')).toBeUndefined();
    expect(resolveInside(root, '/coordinator\\index.html')).toBeUndefined();
  });

  it('refuses dot-folders and dot-files (build metadata, not pages)', () => {
    expect(resolveInside(root, '/.vite/manifest-mentorkit.json')).toBeUndefined();
    expect(resolveInside(root, '/widgets/%2evite/x.json')).toBeUndefined();
    expect(resolveInside(root, '/.env')).toBeUndefined();
  });
});

describe('the demo server', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mk-static-'));
    const apps = join(dir, 'apps');
    mkdirSync(join(apps, 'coordinator'), { recursive: true });
    writeFileSync(join(apps, 'coordinator', 'index.html'), '<title>Coordinator</title>');
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'a file outside the public folder');
    const publicDir = join(dir, 'public');
    mkdirSync(publicDir);
    writeFileSync(join(publicDir, 'inside.txt'), 'inside');
    symlinkSync(outside, join(publicDir, 'leak.txt'));
    server = createDemoServer({
      pagesDir: join(dir, 'pages'),
      appsDir: apps,
      docsDir: join(dir, 'docs'),
      publicDir,
      widgetsDir: join(dir, 'widgets'),
      widgetsVersion: '0.0.0',
    });
    base = (await listen(server, 0)).replace(/\/$/, '');
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the coordinator view's policy with its files, however the path is spelled", async () => {
    for (const path of [
      '/coordinator/',
      '/coordinator',
      '/%63oordinator/',
      '/coordinator/index.html',
      '/x/../coordinator/',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toContain(
        "frame-ancestors 'none'",
      );
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    expect((await fetch(`${base}/coordinator%2findex.html`)).status).toBe(404);
  });

  it('does not follow a symbolic link out of the public folder', async () => {
    expect(await (await fetch(`${base}/inside.txt`)).text()).toBe('inside');
    expect((await fetch(`${base}/leak.txt`)).status).toBe(404);
  });
});
