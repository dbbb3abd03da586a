// Every import path the docs show (doc comments in the sources, the READMEs) is one that
// package.json's exports map serves, to a file that exists: a partner who copies one from a
// comment gets a module, not ERR_PACKAGE_PATH_NOT_EXPORTED.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const widgetsDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(widgetsDir, '..');
const manifest = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};

/** The target of `subpath` ('./x') under `condition`, as Node resolves an exports map. */
function resolveExport(subpath: string, condition: string): string | undefined {
  const pick = (target: string | Record<string, string>) =>
    typeof target === 'string' ? target : (target[condition] ?? target['default']);
  const exact = manifest.exports[subpath];
  if (exact !== undefined) return pick(exact);
  // Patterns with one `*`: the longest matching prefix wins.
  const patterns = Object.keys(manifest.exports)
    .filter((key) => key.includes('*'))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*'));
  for (const key of patterns) {
    const [prefix = '', suffix = ''] = key.split('*');
    if (!subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    const middle = subpath.slice(prefix.length, subpath.length - suffix.length);
    if (middle === '' || middle.includes('..')) continue;
    return pick(manifest.exports[key]!)?.replaceAll('*', middle);
  }
  return undefined;
}

function documentedSpecifiers(): Map<string, string> {
  const files = [
    ...readdirSync(join(widgetsDir, 'src'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(widgetsDir, 'src', file)),
    join(repoDir, 'README.md'),
    join(widgetsDir, 'README.md'),
  ].filter((file) => existsSync(file));
  const found = new Map<string, string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'(@mentorkit\/widgets[^'\s]*)'/g)) {
      found.set(match[1]!, file.slice(repoDir.length + 1));
    }
  }
  return found;
}

describe('the import paths the docs show', () => {
  const specifiers = documentedSpecifiers();

  it('include the package, its define module and each widget’s', () => {
    expect([...specifiers.keys()]).toEqual(
      expect.arrayContaining([
        '@mentorkit/widgets/define',
        '@mentorkit/widgets/match-card/define',
        '@mentorkit/widgets/signup-form/define',
        '@mentorkit/widgets/training-calendar/define',
      ]),
    );
  });

  it('are exported by package.json, to source files that exist', () => {
    for (const [specifier, where] of specifiers) {
      const subpath = `.${specifier.slice('@mentorkit/widgets'.length)}`;
      const target = resolveExport(subpath, 'mentorkit-source');
      expect(target, `${specifier} (in ${where})`).toBeDefined();
      // The source condition for this repository's builds; the types and built files follow
      // the same pattern (checked after a build by the size budgets and the e2e suites).
      if (target?.startsWith('./src/')) {
        expect(existsSync(join(widgetsDir, target)), `${specifier} → ${target}`).toBe(true);
      }
    }
  });

  it('resolve to the built files and types too', () => {
    expect(resolveExport('./match-card/define', 'default')).toBe('./dist/esm/match-card/define.js');
    expect(resolveExport('./match-card/define', 'types')).toBe(
      './dist/types/match-card/define.d.ts',
    );
    expect(resolveExport('./signup-form', 'default')).toBe('./dist/esm/signup-form/index.js');
    expect(resolveExport('./define', 'default')).toBe('./dist/esm/define.js');
    expect(resolveExport('./cdn/mentorkit.js', 'default')).toBe('./dist/cdn/mentorkit.js');
  });
});
