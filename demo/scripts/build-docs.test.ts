// The gallery's reference tables come from widgets/custom-elements.json through
// build-docs.mjs; this fails when the committed demo/public/gallery/docs/*.json are stale.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types, run by node directly.
import { buildDocs, readDocs } from './build-docs.mjs';

describe('gallery documentation', () => {
  it('is up to date with widgets/custom-elements.json (run node demo/scripts/build-docs.mjs)', async () => {
    const fresh: Record<string, string> = await buildDocs();
    expect(Object.keys(fresh).length).toBeGreaterThan(0);
    expect(readDocs()).toEqual(fresh);
  });

  it('documents attributes, events, parts and the shared theme tokens of a widget', async () => {
    const fresh: Record<string, string> = await buildDocs({
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
