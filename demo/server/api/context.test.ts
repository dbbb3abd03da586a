import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../config.ts';
import { clientAddress } from './context.ts';

/** A request as Node gives it: the socket's peer and the headers. */
function request(peer: string, forwardedFor?: string | string[]): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9');
  });

  it('behind one proxy, is the entry that proxy added, not one the client made up', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the address it saw.
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.7'), 1)).toBe('198.51.100.7');
    // Every spoofed value gives the same answer, so a per-client limit holds.
    expect(clientAddress(request('10.0.0.2', '9.9.9.9, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2', '198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('behind two proxies, is the entry the outer one added', () => {
    // client → CDN (adds the client) → load balancer (adds the CDN) → us
    expect(clientAddress(request('10.0.0.3', '1.2.3.4, 198.51.100.7, 10.0.0.9'), 2)).toBe(
      '198.51.100.7',
    );
  });

  it('reads repeated headers as one list, and falls back to the leftmost when the list is short', () => {
    expect(clientAddress(request('10.0.0.2', ['1.2.3.4', '198.51.100.7']), 1)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.3', '198.51.100.7'), 3)).toBe('198.51.100.7');
  });
});

describe('parseTrustProxy', () => {
  it('takes a number of proxies, 1 as before for one', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    expect(() => parseTrustProxy('yes')).toThrow(/MENTORKIT_TRUST_PROXY/);
    expect(() => parseTrustProxy('-1')).toThrow();
  });
});
