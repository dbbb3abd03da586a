// The package accepts web-ext lint's innerHTML warning only where it is lit-html's own template
// assignment, read from the file at the warning's place.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLitTemplateWarning } from './lint-firefox.mjs';

const folder = mkdtempSync(join(tmpdir(), 'mentorkit-lint-'));
const lit =
  'var a=1;\nstatic createElement(e,t){let n=l.createElement(`template`);return n.innerHTML=e,n}};x';
const page = 'var a=1;\nfunction show(text){document.body.innerHTML=text}';
writeFileSync(join(folder, 'lit.js'), lit);
writeFileSync(join(folder, 'page.js'), page);

const warning = (file: string, text: string) => {
  const [, line = ''] = text.split('\n');
  return { code: 'UNSAFE_VAR_ASSIGNMENT', file, line: 2, column: line.indexOf('innerHTML') - 2 };
};

describe('the Firefox lint', () => {
  it("accepts lit-html's template assignment, read at the warning's place", () => {
    expect(isLitTemplateWarning(warning('lit.js', lit), folder)).toBe(true);
  });

  it('refuses any other innerHTML assignment, another rule, or a file it cannot read', () => {
    expect(isLitTemplateWarning(warning('page.js', page), folder)).toBe(false);
    expect(
      isLitTemplateWarning({ ...warning('lit.js', lit), code: 'UNSAFE_VAR_ASSIGNMENT_2' }, folder),
    ).toBe(false);
    expect(isLitTemplateWarning(warning('missing.js', lit), folder)).toBe(false);
  });
});
