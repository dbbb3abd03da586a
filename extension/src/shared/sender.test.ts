import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { classifySender, originOf } from './sender.ts';

const own = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
};
const tab = {
  id: 7,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
} satisfies Tabs.Tab;

describe('classifySender', () => {
  it('accepts a content script: our id, from a tab, on a web page', () => {
    expect(classifySender({ id: own.id, tab, url: 'https://example.se/jobb' }, own)).toEqual({
      ok: true,
      kind: 'content-script',
    });
  });

  it('accepts our own pages, also when one is open in a tab', () => {
    const popup = { id: own.id, url: `${own.origin}/src/popup/popup.html` };
    expect(classifySender(popup, own)).toEqual({ ok: true, kind: 'extension-page' });
    const optionsInTab = { id: own.id, tab, url: `${own.origin}/src/options/options.html` };
    expect(classifySender(optionsInTab, own)).toEqual({ ok: true, kind: 'extension-page' });
  });

  it('refuses another extension, whatever it claims to be', () => {
    const other = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const result = classifySender({ id: other, url: `${own.origin}/src/popup/popup.html` }, own);
    expect(result).toEqual({ ok: false, error: 'Refused a message from outside this extension' });
    expect(classifySender({ id: undefined, tab, url: 'https://example.se/' }, own).ok).toBe(false);
  });

  it('refuses a message that is neither from a tab nor from our origin', () => {
    expect(classifySender({ id: own.id, url: 'https://example.se/' }, own).ok).toBe(false);
    expect(classifySender({ id: own.id }, own).ok).toBe(false);
    // Opaque origins must not match each other.
    expect(
      classifySender({ id: own.id, url: 'data:text/html,hi' }, { ...own, origin: 'null' }).ok,
    ).toBe(false);
  });

  it('does not take a look-alike origin for ours', () => {
    const lookAlike = { id: own.id, url: `${own.origin}.evil.example/page` };
    expect(classifySender(lookAlike, own).ok).toBe(false);
  });
});

describe('originOf', () => {
  it('reads extension origins in node as browsers do', () => {
    expect(originOf('chrome-extension://abc/src/popup/popup.html')).toBe('chrome-extension://abc');
    expect(originOf('moz-extension://1234-uuid/')).toBe('moz-extension://1234-uuid');
    expect(originOf('https://example.se:8443/a?b')).toBe('https://example.se:8443');
  });

  it('has no origin for opaque or broken URLs', () => {
    expect(originOf('data:text/html,hi')).toBeUndefined();
    expect(originOf('about:blank')).toBeUndefined();
    expect(originOf('not a url')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});
