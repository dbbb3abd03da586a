// The gallery's reference tables come from the widgets' built custom-elements.json through
// build-docs.mjs (run by the demo's build); these check what it makes of a manifest.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types, run by node directly.
import { buildDocs, writeDocs } from './build-docs.mjs';

const scratchDirs: string[] = [];
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('gallery documentation', () => {
  it('writes one file per widget into an emptied folder, and fails without a manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mk-docs-'));
    scratchDirs.push(dir);
    const manifestPath = join(dir, 'custom-elements.json');
    const outDir = join(dir, 'docs');
    expect(() => writeDocs(manifestPath, outDir)).toThrow(/build the widgets first/);
    writeFileSync(
      manifestPath,
      JSON.stringify({
        modules: [
          {
            path: 'src/x.ts',
            declarations: [
              { kind: 'class', name: 'MkX', tagName: 'mk-x', customElement: true },
              { kind: 'class', name: 'Other', tagName: 'other-x', customElement: true },
            ],
          },
        ],
      }),
    );
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'mk-removed.json'), '{}');
    expect(writeDocs(manifestPath, outDir)).toBe(1);
    expect(readdirSync(outDir)).toEqual(['mk-x.json']);
    expect(JSON.parse(readFileSync(join(outDir, 'mk-x.json'), 'utf8')).className).toBe('MkX');
  });

  it('documents attributes, events, parts and the shared theme tokens of a widget', () => {
    const fresh: Record<string, string> = buildDocs({
      modules: [
        {
          kind: 'javascript-module',
          path: 'src/x.ts',
          declarations: [
            {
              kind: 'variable',
              name: 'THEME_TOKENS',
              default: "['--mk-radius', '--mk-color-accent']",
            },
            {
              kind: 'class',
              name: 'MkX',
              tagName: 'mk-x',
              customElement: true,
              summary: 'An example.',
              attributes: [{ name: 'kind', fieldName: 'kind', type: { text: 'string' } }],
              members: [
                { kind: 'field', name: 'kind', attribute: 'kind' },
                { kind: 'field', name: 'secret', privacy: 'private' },
                { kind: 'method', name: 'reset' },
              ],
              events: [{ name: 'mk-x-done', description: 'Done.' }],
              cssParts: [{ name: 'base', description: 'The frame.' }],
              cssProperties: [{ name: '--mk-radius', description: 'Corners.' }],
            },
          ],
        },
      ],
    });
    const doc = JSON.parse(fresh['mk-x.json']!);
    expect(doc.tagName).toBe('mk-x');
    expect(doc.attributes.map((a: { name: string }) => a.name)).toEqual(['kind']);
    expect(doc.properties.map((p: { name: string }) => p.name)).toEqual(['kind']);
    expect(doc.methods.map((m: { name: string }) => m.name)).toEqual(['reset']);
    expect(doc.events[0].name).toBe('mk-x-done');
    expect(doc.cssParts[0].name).toBe('base');
    expect(doc.cssProperties.map((p: { name: string }) => p.name)).toEqual([
      '--mk-radius',
      '--mk-color-accent',
    ]);
  });
});
