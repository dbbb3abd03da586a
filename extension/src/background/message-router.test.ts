import { describe, expect, it } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { createMessageRouter, type Routes } from './message-router.ts';

const own = {
  id: 'ownextensionidownextensionidowne',
  origin: 'chrome-extension://ownextensionidownextensionidowne',
};
const tab = {
  id: 3,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
} satisfies Tabs.Tab;
const fromContentScript: Runtime.MessageSender = { id: own.id, tab, url: 'https://example.se/' };
const fromPopup: Runtime.MessageSender = { id: own.id, url: `${own.origin}/src/popup/popup.html` };
const fromElsewhere: Runtime.MessageSender = {
  id: 'someotherextensionsomeotherexten',
  url: 'https://example.se/',
};

function routerWith(routes: Routes) {
  return createMessageRouter(routes, own);
}

const routes: Routes = {
  ping: {
    from: ['content-script', 'extension-page'],
    handle: () => ({ extensionVersion: '1.2.3' }),
  },
  'lookup-term': {
    from: ['content-script'],
    handle: ({ text }, { kind }) => ({
      text: `${text} (${kind})`,
      entries: [],
      language: null,
      languages: [],
    }),
  },
};

describe('createMessageRouter', () => {
  it('answers a valid message from an allowed sender', async () => {
    const route = routerWith(routes);
    expect(await route({ type: 'ping' }, fromPopup)).toEqual({
      ok: true,
      data: { extensionVersion: '1.2.3' },
    });
    expect(await route({ type: 'lookup-term', text: 'facket' }, fromContentScript)).toEqual({
      ok: true,
      data: { text: 'facket (content-script)', entries: [], language: null, languages: [] },
    });
  });

  it('refuses a bad shape with an error that names the field', async () => {
    const answer = await routerWith(routes)({ type: 'lookup-term', text: 7 }, fromContentScript);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toMatch(/^Invalid message: text: /);
  });

  it('checks the sender before looking at the message', async () => {
    let handled = false;
    const route = routerWith({
      ping: {
        from: ['content-script', 'extension-page'],
        handle: () => {
          handled = true;
          return { extensionVersion: 'x' };
        },
      },
    });
    expect(await route({ type: 'ping' }, fromElsewhere)).toEqual({
      ok: false,
      error: 'Refused a message from outside this extension',
    });
    expect(await route('garbage', fromElsewhere)).toEqual({
      ok: false,
      error: 'Refused a message from outside this extension',
    });
    expect(handled).toBe(false);
  });

  it('refuses a message type from a kind of sender it is not meant for', async () => {
    const answer = await routerWith(routes)({ type: 'lookup-term', text: 'facket' }, fromPopup);
    expect(answer).toEqual({
      ok: false,
      error: '"lookup-term" messages are not accepted from an extension page',
    });
  });

  it('refuses a valid message that the background does not handle', async () => {
    const answer = await routerWith(routes)({ type: 'show-lookup', text: 'facket' }, fromPopup);
    expect(answer).toEqual({
      ok: false,
      error: 'The background does not handle "show-lookup" messages',
    });
  });

  it('never throws: a failing handler becomes an error answer', async () => {
    const route = routerWith({
      ping: {
        from: ['extension-page'],
        handle: () => {
          throw new Error('storage is gone');
        },
      },
      'lookup-term': {
        from: ['extension-page'],
        handle: () => Promise.reject(new Error('also gone')),
      },
    });
    expect(await route({ type: 'ping' }, fromPopup)).toEqual({
      ok: false,
      error: 'The background failed to handle the message: storage is gone',
    });
    expect(await route({ type: 'lookup-term', text: 'a' }, fromPopup)).toEqual({
      ok: false,
      error: 'The background failed to handle the message: also gone',
    });
  });
});
