/**
 * Typed access to the Mocha globals that @web/test-runner provides in the browser. The
 * workspace has no `@types/mocha` (and ambient test globals would also type-check node tests
 * that forgot to import from vitest), so browser tests import these explicitly:
 * `import { describe, it } from '../shared/testing/mocha.ts';`
 */
type TestFunction = () => void | Promise<unknown>;

interface Suite {
  (title: string, body: () => void): void;
  only(title: string, body: () => void): void;
  skip(title: string, body: () => void): void;
}

interface Test {
  (title: string, body?: TestFunction): void;
  only(title: string, body?: TestFunction): void;
  skip(title: string, body?: TestFunction): void;
}

type Hook = (body: TestFunction) => void;

interface MochaGlobals {
  describe: Suite;
  it: Test;
  before: Hook;
  after: Hook;
  beforeEach: Hook;
  afterEach: Hook;
}

const mocha = globalThis as unknown as MochaGlobals;

export const describe: Suite = mocha.describe;
export const it: Test = mocha.it;
export const before: Hook = mocha.before;
export const after: Hook = mocha.after;
export const beforeEach: Hook = mocha.beforeEach;
export const afterEach: Hook = mocha.afterEach;
