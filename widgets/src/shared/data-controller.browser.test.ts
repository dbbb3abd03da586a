import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from './testing/wait.ts';
import { afterEach, beforeEach, describe, it } from './testing/mocha.ts';
import { LitElement } from 'lit';
import { DataController, importForParse } from './data-controller.ts';
import type { DataSource, DataState } from './data-controller.ts';
import { LocalizeController } from './localize-controller.ts';
import { renderDataState } from './data-state.ts';
import { dataStateStyles } from './data-state.styles.ts';
import { themeStyles } from './theme.styles.ts';

interface People {
  names: string[];
}

function parsePeople(body: unknown): People {
  const names = (body as { names?: unknown } | null)?.names;
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) {
    throw new TypeError('expected { names: string[] }');
  }
  return { names };
}

/** A test-only widget: loads people from `src` and lists them. */
class MkTestData extends LitElement {
  static override styles = [themeStyles, dataStateStyles];

  readonly localize = new LocalizeController(this);
  readonly data = new DataController<People>(this, { parse: parsePeople, timeout: 2000 });
  /** How many times the host rendered, to see that each transition asks for an update. */
  renders = 0;

  // As every widget does: render once the element's language is loaded.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  override render() {
    this.renders += 1;
    return renderDataState(
      this.data,
      this.localize,
      (people) =>
        html`<ul>
          ${people.names.map((name) => html`<li>${name}</li>`)}
        </ul>`,
    );
  }
}
customElements.define('mk-test-data', MkTestData);

const ROUTES = '/__mk-test/';
const json = (value: unknown, delay = 0) =>
  `${ROUTES}json?delay=${delay}&body=${encodeURIComponent(JSON.stringify(value))}`;

async function widget(lang = 'en'): Promise<MkTestData> {
  return fixture<MkTestData>(html`<mk-test-data lang=${lang}></mk-test-data>`);
}

function shadow(el: MkTestData): ShadowRoot {
  return el.shadowRoot!;
}

function listed(el: MkTestData): string[] {
  return [...shadow(el).querySelectorAll('li')].map((li) => li.textContent ?? '');
}

function alertText(el: MkTestData): string {
  return shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Collects the states a load goes through, as the host renders them. */
function recordStatuses(el: MkTestData): string[] {
  const seen: string[] = [el.data.status];
  el.addController({
    hostUpdate: () => {
      if (seen.at(-1) !== el.data.status) seen.push(el.data.status);
    },
  });
  return seen;
}

describe('DataController', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  const warn = console.warn;
  let warnings: unknown[][] = [];

  beforeEach(() => {
    unhandled.length = 0;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    window.addEventListener('unhandledrejection', onUnhandled);
  });

  afterEach(async () => {
    // Give stray rejections a chance to surface before checking there were none.
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.removeEventListener('unhandledrejection', onUnhandled);
    console.warn = warn;
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  it('starts idle and renders nothing', async () => {
    const el = await widget();
    expect(el.data.status).to.equal('idle');
    expect(shadow(el).children.length).to.equal(0);
  });

  it('goes from loading to loaded, rendering each', async () => {
    const el = await widget();
    const statuses = recordStatuses(el);
    const done = el.data.load(json({ names: ['Amal', 'Bo'] }, 100));
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Loading');

    const state = await done;
    await el.updateComplete;
    expect(state.status).to.equal('loaded');
    expect(el.data.data).to.deep.equal({ names: ['Amal', 'Bo'] });
    expect(listed(el)).to.deep.equal(['Amal', 'Bo']);
    expect(shadow(el).querySelector('[role="status"]')).to.equal(null);
    expect(statuses).to.deep.equal(['idle', 'loading', 'loaded']);
  });

  it('ends in a network error when the request cannot be made', async () => {
    const el = await widget();
    const url = URL.createObjectURL(new Blob(['{"names":[]}'], { type: 'application/json' }));
    URL.revokeObjectURL(url);
    const state = await el.data.load(url);
    await el.updateComplete;
    expect(state.status).to.equal('error');
    expect(el.data.error?.kind).to.equal('network');
    // The browser is online: the server is unreachable, not the person's connection.
    expect(alertText(el)).to.contain('The server could not be reached');
    expect(alertText(el)).not.to.contain('internet connection');
    expect(shadow(el).querySelector('button')?.textContent).to.equal('Try again');
    expect(warnings.length, 'the failure is logged for developers').to.equal(1);
    expect(String(warnings[0]?.[0])).to.contain('CORS');
  });

  it('says to check the connection when the browser knows it is offline', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await widget();
      await el.data.load(() => Promise.reject(new TypeError('Failed to fetch')));
      await el.updateComplete;
      expect(alertText(el)).to.contain('No connection');
      expect(alertText(el)).to.contain('internet connection');
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
  });

  it('ends in an http error with the status for a 500', async () => {
    const el = await widget();
    const state = await el.data.load(`${ROUTES}status/500`);
    await el.updateComplete;
    expect(state).to.deep.equal({
      status: 'error',
      error: { kind: 'http', status: 500, statusText: 'Internal Server Error' },
    });
    expect(alertText(el)).to.contain('Something went wrong on the server');
    expect(alertText(el)).to.contain('error code 500');
  });

  it('ends in an invalid error when the data fails validation, keeping the detail', async () => {
    const el = await widget();
    const state = await el.data.load(json({ names: 'not a list' }));
    await el.updateComplete;
    expect(state.status).to.equal('error');
    const error = el.data.error;
    expect(error?.kind).to.equal('invalid');
    expect(error?.kind === 'invalid' && error.detail).to.be.instanceOf(TypeError);
    expect(alertText(el)).to.contain('The information could not be read');
    expect(String(warnings[0]?.[0])).to.contain('mk-test-data');
    expect(warnings[0]?.[1]).to.equal(error?.kind === 'invalid' ? error.detail : undefined);
  });

  it('ends in a network error when parse cannot load the code it needs; retrying recovers', async () => {
    const el = await widget();
    let chunkReachable = false;
    const loadChunk = () =>
      chunkReachable
        ? Promise.resolve({ parsePeople })
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const data = new DataController<People>(el, {
      parse: async (body) => (await importForParse(loadChunk)).parsePeople(body),
    });
    const failed = await data.load(() => Promise.resolve({ names: ['Amal'] }));
    expect(failed.status === 'error' && failed.error.kind).to.equal('network');

    chunkReachable = true;
    const retried = await data.retry();
    expect(retried.status === 'loaded' && retried.data.names).to.deep.equal(['Amal']);
  });

  it('ends in an invalid error when the body is not JSON', async () => {
    const el = await widget();
    await el.data.load(`${ROUTES}json?type=text/html&body=${encodeURIComponent('<h1>Oops</h1>')}`);
    expect(el.data.error?.kind).to.equal('invalid');
  });

  it('ends in a timeout error when no answer comes in time', async () => {
    const el = await widget();
    const started = performance.now();
    const state = await el.data.load(json({ names: [] }, 5000));
    await el.updateComplete;
    expect(performance.now() - started).to.be.below(4000);
    expect(state).to.deep.equal({ status: 'error', error: { kind: 'timeout', timeout: 2000 } });
    expect(alertText(el)).to.contain('This took too long');
  });

  it('times out a loader that ignores its signal', async () => {
    const el = await fixture<MkTestData>(html`<mk-test-data></mk-test-data>`);
    const never: DataSource = () => new Promise(() => undefined);
    const state = await el.data.load(never);
    expect(state.status === 'error' && state.error.kind).to.equal('timeout');
  });

  it('classifies what a loader throws, and what it returns goes through parse', async () => {
    const el = await widget();
    await el.data.load(() => Promise.reject(new Error('boom')));
    expect(el.data.error?.kind).to.equal('network');
    await el.data.load(() => Promise.resolve({ names: ['Ceren'] }));
    expect(el.data.data).to.deep.equal({ names: ['Ceren'] });
    await el.data.load(() => Promise.resolve({ nope: true }));
    expect(el.data.error?.kind).to.equal('invalid');
  });

  it('aborts the load when the element is disconnected, and resumes when it returns', async () => {
    const el = await widget();
    let signal: AbortSignal | undefined;
    let calls = 0;
    const loader: DataSource = (s) => {
      calls += 1;
      signal = s;
      if (calls === 1) return new Promise(() => undefined);
      return Promise.resolve({ names: ['Dawit'] });
    };
    const first = el.data.load(loader);
    await el.updateComplete;
    expect(el.data.status).to.equal('loading');

    el.remove();
    expect(signal?.aborted).to.equal(true);
    const settled: DataState<People> = await first;
    expect(settled.status, 'an aborted load is not an error').to.equal('loading');
    expect(warnings).to.deep.equal([]);

    document.body.append(el);
    await waitFor(() => el.data.status === 'loaded', 'the load did not resume');
    expect(calls).to.equal(2);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Dawit']);
    el.remove();
  });

  it('aborts a real request when the element is disconnected', async () => {
    const el = await widget();
    const realFetch = fetch;
    let requestSignal: AbortSignal | null | undefined;
    window.fetch = (input, init) => {
      requestSignal = init?.signal;
      return realFetch(input, init);
    };
    try {
      void el.data.load(json({ names: [] }, 5000));
      el.remove();
      expect(requestSignal?.aborted).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a new load supersedes the one in flight', async () => {
    const el = await widget();
    const slow = el.data.load(json({ names: ['Old'] }, 300));
    const fast = el.data.load(json({ names: ['New'] }));
    expect((await fast).status).to.equal('loaded');
    await slow;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(el.data.data).to.deep.equal({ names: ['New'] });
  });

  it('retrying after a failure loads again and succeeds', async () => {
    const el = await widget();
    const key = `retry-${Math.random().toString(36).slice(2)}`;
    await el.data.load(
      `${ROUTES}flaky/${key}?body=${encodeURIComponent('{"names":["Eyerusalem"]}')}`,
    );
    await el.updateComplete;
    expect(el.data.error).to.deep.include({ kind: 'http', status: 503 });

    const retry = shadow(el).querySelector('button')!;
    retry.click();
    // Focus stays in the widget while the button gives way to the loading state.
    expect(shadow(el).activeElement?.classList.contains('mk-state')).to.equal(true);
    await waitFor(() => listed(el).length === 1, 'the retry did not load the data');
    expect(listed(el)).to.deep.equal(['Eyerusalem']);
  });

  it('keeps the data last loaded shown while it loads again, not after a failure or reset()', async () => {
    const el = await widget();
    expect(el.data.shown).to.equal(undefined);
    await el.data.load(json({ names: ['Amal'] }));
    expect(el.data.shown).to.deep.equal({ names: ['Amal'] });

    const again = el.data.load(json({ names: ['Amal', 'Bo'] }, 100));
    expect(el.data.status).to.equal('loading');
    expect(el.data.data).to.equal(undefined);
    expect(el.data.shown).to.deep.equal({ names: ['Amal'] });
    await again;
    expect(el.data.shown).to.deep.equal({ names: ['Amal', 'Bo'] });

    await el.data.load(json('not people'));
    expect(el.data.status).to.equal('error');
    expect(el.data.shown).to.equal(undefined);

    await el.data.load(json({ names: ['Cy'] }));
    el.data.reset();
    expect(el.data.shown).to.equal(undefined);
  });

  it('retry() before any load does nothing; reset() returns to idle', async () => {
    const el = await widget();
    expect((await el.data.retry()).status).to.equal('idle');
    const pending = el.data.load(json({ names: ['F'] }, 300));
    el.data.reset();
    await pending;
    expect(el.data.status).to.equal('idle');
  });

  it('asks the host to render on every transition', async () => {
    const el = await widget();
    const before = el.renders;
    await el.data.load(json({ names: [] }));
    await el.updateComplete;
    expect(el.renders - before).to.equal(2);
  });

  describe('is accessible', () => {
    for (const lang of ['en', 'ar']) {
      it(`while loading (${lang})`, async () => {
        const el = await widget(lang);
        void el.data.load(() => new Promise(() => undefined));
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="status"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
        el.data.reset();
      });

      it(`with an error and a retry button (${lang})`, async () => {
        const el = await widget(lang);
        await el.data.load(`${ROUTES}status/500`);
        // Arabic text arrives with its catalogue; check the state in the final language.
        if (lang === 'ar')
          await waitFor(() => alertText(el).includes('500') && !/[a-z]/i.test(alertText(el)));
        await el.updateComplete;
        expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(shadow(el).querySelector('[role="alert"] button')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
});
