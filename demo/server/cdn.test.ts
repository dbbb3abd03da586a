// The widgets' CDN paths through the real demo server: versions, CORS, caching, SRI.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer, listen } from './app.ts';

let server: Server;
let base: string;
let widgetsDir: string;

beforeAll(async () => {
  widgetsDir = mkdtempSync(join(tmpdir(), 'mk-cdn-'));
  mkdirSync(join(widgetsDir, 'chunks'));
  writeFileSync(join(widgetsDir, 'mentorkit.js'), 'import "./chunks/checks-AbC123.js";\n');
  writeFileSync(join(widgetsDir, 'chunks', 'checks-AbC123.js'), 'export {};\n');
  writeFileSync(join(widgetsDir, 'integrity.json'), '{"mentorkit.js":"sha384-x"}\n');
  server = createDemoServer({ widgetsDir, widgetsVersion: '9.9.9' });
  base = await listen(server, 0);
});

afterAll(() => {
  server.close();
  rmSync(widgetsDir, { recursive: true, force: true });
});

const get = (path: string) =>
  fetch(new URL(path, base), { headers: { Origin: 'https://kommun.example' } });

describe('the widgets on the CDN paths', () => {
  it('serves a version and latest to any origin, with CORS and CORP', async () => {
    for (const path of [
      '/widgets/9.9.9/mentorkit.js',
      '/widgets/latest/mentorkit.js',
      '/widgets/mentorkit.js',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(await response.text()).toContain('checks-AbC123');
    }
  });

  it('caches hashed chunks for a year, a version entry briefly, latest not without asking', async () => {
    expect((await get('/widgets/9.9.9/chunks/checks-AbC123.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/widgets/9.9.9/mentorkit.js')).headers.get('cache-control')).toBe(
      'public, max-age=300',
    );
    expect((await get('/widgets/latest/mentorkit.js')).headers.get('cache-control')).toBe(
      'public, max-age=0, must-revalidate',
    );
  });

  it('publishes the integrity hashes beside the entries', async () => {
    const response = await get('/widgets/9.9.9/integrity.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ 'mentorkit.js': 'sha384-x' });
  });

  it('lists its versions, latest first, for tools that write a pinned URL', async () => {
    const response = await get('/widgets/versions.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(await response.json()).toEqual({ latest: '9.9.9', versions: ['9.9.9'] });
  });

  it('answers 404 for another version, a missing file, and paths that leave the folder', async () => {
    for (const path of [
      '/widgets/1.0.0/mentorkit.js',
      '/widgets/9.9.9/nothing.js',
      '/widgets/9.9.9/%2e%2e/%2e%2e/package.json',
      '/widgets/latest/..%2f..%2fpackage.json',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
