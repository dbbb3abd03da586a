import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { describe, it } from './testing/mocha.ts';
import { DataController } from './data-controller.ts';
import { ModuleController, moduleForParse } from './module-controller.ts';

interface Greeter {
  greet: (name: string) => string;
}

/** A test-only element whose "module" comes from `importGreeter`, which a test replaces. */
class MkTestModules extends LitElement {
  importGreeter: () => Promise<Greeter> = () => Promise.resolve({ greet: (name) => `Hej ${name}` });
  imports = 0;
  readonly greeter = new ModuleController<Greeter>(this, () => {
    this.imports += 1;
    return this.importGreeter();
  });
  readonly greeting = new DataController<string>(this, {
    parse: async (body) => (await moduleForParse(this.greeter)).greet(String(body)),
  });
}
customElements.define('mk-test-modules', MkTestModules);

const failingImport = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

async function host(): Promise<MkTestModules> {
  return fixture<MkTestModules>(html`<mk-test-modules></mk-test-modules>`);
}

/** Runs `work` with console.warn silenced (failed loads are reported there), counting calls. */
async function quietly<T>(work: () => Promise<T>): Promise<{ result: T; warnings: number }> {
  const original = console.warn;
  let warnings = 0;
  console.warn = () => (warnings += 1);
  try {
    return { result: await work(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('ModuleController', () => {
  it('imports once however many ask at the same time, and the module is its data', async () => {
    const el = await host();
    const [first, second] = await Promise.all([el.greeter.ensure(), el.greeter.ensure()]);
    expect(first.status).to.equal('loaded');
    expect(second).to.equal(first);
    expect(el.imports).to.equal(1);
    expect(el.greeter.data?.greet('Amal')).to.equal('Hej Amal');
    await el.greeter.ensure();
    expect(el.imports).to.equal(1);
  });

  it('ends a failed import as a network error, and the next ensure tries again', async () => {
    const el = await host();
    el.importGreeter = failingImport;
    const { result: failed, warnings } = await quietly(() => el.greeter.ensure());
    expect(failed.status).to.equal('error');
    expect(failed.status === 'error' && failed.error.kind).to.equal('network');
    expect(warnings).to.equal(1);

    el.importGreeter = () => Promise.resolve({ greet: (name) => `Salam ${name}` });
    const loaded = await el.greeter.ensure();
    expect(loaded.status).to.equal('loaded');
    expect(el.imports).to.equal(2);
  });

  it('makes a data load that needs the module end as a network error, then recover', async () => {
    const el = await host();
    el.importGreeter = failingImport;
    const { result: failed } = await quietly(() => el.greeting.load(() => Promise.resolve('Eva')));
    expect(failed.status === 'error' && failed.error.kind).to.equal('network');

    el.importGreeter = () => Promise.resolve({ greet: (name) => `Hej ${name}` });
    const retried = await el.greeting.retry();
    expect(retried.status === 'loaded' && retried.data).to.equal('Hej Eva');
  });
});
