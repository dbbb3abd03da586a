import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGENERATE_COMMAND, renderJsonSchemaFiles } from './json-schemas.ts';

const directory = fileURLToPath(new URL('../schemas/', import.meta.url));
const hint = `The JSON Schema files are out of date with the zod schemas: run \`${REGENERATE_COMMAND}\` from the repository root to update them.`;

describe('packages/core/schemas/*.schema.json', () => {
  it('match the zod schemas they are generated from', async () => {
    const expected = await renderJsonSchemaFiles(directory);
    for (const [fileName, text] of expected) {
      const path = join(directory, fileName);
      expect(existsSync(path), `${fileName} is missing. ${hint}`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${fileName} differs. ${hint}`).toBe(text);
    }
    const committed = readdirSync(directory).filter((name) => name.endsWith('.schema.json'));
    expect(committed.sort(), `Stray schema files. ${hint}`).toEqual([...expected.keys()].sort());
  });

  it('describe web addresses so that other validators reject javascript: URLs too', async () => {
    const files = await renderJsonSchemaFiles(directory);
    const signup = JSON.parse(files.get('signup-submission.schema.json') ?? '{}') as {
      oneOf: { properties: { consent: { properties: { privacyUrl: { pattern: string } } } } }[];
    };
    const pattern = new RegExp(
      signup.oneOf[0]?.properties.consent.properties.privacyUrl.pattern ?? '',
    );
    expect(pattern.test('https://example.org/privacy')).toBe(true);
    expect(pattern.test('javascript:alert(1)')).toBe(false);
  });
});
