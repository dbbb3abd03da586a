import { describe, expect, it } from 'vitest';
import { MAX_LOOKUP_TEXT_LENGTH, deliverMessage, parseMessage } from './messages.ts';

describe('parseMessage', () => {
  it('accepts each message type in its documented shape', () => {
    expect(parseMessage({ type: 'ping' })).toEqual({ ok: true, message: { type: 'ping' } });
    expect(parseMessage({ type: 'lookup-term', text: 'kollektivavtal' })).toEqual({
      ok: true,
      message: { type: 'lookup-term', text: 'kollektivavtal' },
    });
    expect(parseMessage({ type: 'show-lookup', text: 'OB-tillägg' }).ok).toBe(true);
    expect(parseMessage({ type: 'prepare-glossary' })).toEqual({
      ok: true,
      message: { type: 'prepare-glossary' },
    });
  });

  it('trims the looked-up text', () => {
    expect(parseMessage({ type: 'lookup-term', text: '  semester\n' })).toEqual({
      ok: true,
      message: { type: 'lookup-term', text: 'semester' },
    });
  });

  it('refuses a missing field and names it', () => {
    const result = parseMessage({ type: 'lookup-term' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Invalid message: text: /);
  });

  it('refuses an unknown type, extra fields and things that are not objects', () => {
    const unknownType = parseMessage({ type: 'delete-everything' });
    expect(unknownType.ok).toBe(false);
    if (!unknownType.ok) expect(unknownType.error).toContain('type');
    expect(parseMessage({ type: 'ping', sneaky: true }).ok).toBe(false);
    for (const value of [null, undefined, 'ping', 42, [], { text: 'x' }]) {
      expect(parseMessage(value).ok).toBe(false);
    }
  });

  it('refuses empty, blank and overlong lookups', () => {
    expect(parseMessage({ type: 'lookup-term', text: '' }).ok).toBe(false);
    expect(parseMessage({ type: 'lookup-term', text: '   ' }).ok).toBe(false);
    const tooLong = 'a'.repeat(MAX_LOOKUP_TEXT_LENGTH + 1);
    expect(parseMessage({ type: 'lookup-term', text: tooLong }).ok).toBe(false);
    const longest = 'a'.repeat(MAX_LOOKUP_TEXT_LENGTH);
    expect(parseMessage({ type: 'lookup-term', text: longest }).ok).toBe(true);
  });
});

describe('deliverMessage', () => {
  it('sends a valid message and returns the answer', async () => {
    const sent: unknown[] = [];
    const answer = await deliverMessage({ type: 'ping' }, (message) => {
      sent.push(message);
      return Promise.resolve({ ok: true, data: { extensionVersion: '0.1.0' } });
    });
    expect(sent).toEqual([{ type: 'ping' }]);
    expect(answer).toEqual({ ok: true, data: { extensionVersion: '0.1.0' } });
  });

  it('validates before sending: an invalid message never leaves', async () => {
    const sent: unknown[] = [];
    const answer = await deliverMessage(
      // A caller that bypassed the types, e.g. with data from the page.
      { type: 'lookup-term', text: 42 } as unknown as { type: 'lookup-term'; text: string },
      (message) => {
        sent.push(message);
        return Promise.resolve({ ok: true, data: null });
      },
    );
    expect(sent).toEqual([]);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toMatch(/^Invalid message: text: /);
  });

  it('turns a failed delivery and a malformed answer into errors instead of throwing', async () => {
    const rejected = await deliverMessage({ type: 'ping' }, () =>
      Promise.reject(new Error('Receiving end does not exist.')),
    );
    expect(rejected).toEqual({
      ok: false,
      error: 'Could not deliver "ping": Receiving end does not exist.',
    });
    const malformed = await deliverMessage({ type: 'ping' }, () => Promise.resolve(undefined));
    expect(malformed).toEqual({ ok: false, error: 'No valid answer to "ping"' });
  });
});
