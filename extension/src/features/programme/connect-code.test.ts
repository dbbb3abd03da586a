import { describe, expect, it } from 'vitest';
import { parseConnectCode } from './connect-code.ts';

const TOKEN = 'AbC_-0123456789abcdefghijklmnopqrstuvwxyzAB';

describe('the connect code (the address of the mentor’s match page)', () => {
  it('gives the programme’s origin (with its port) and the token', () => {
    expect(parseConnectCode(`  https://mentor.example.org/match/${TOKEN}\n`)).toEqual({
      origin: 'https://mentor.example.org',
      matchToken: TOKEN,
    });
    expect(parseConnectCode(`http://127.0.0.1:4312/match/${TOKEN}`)).toEqual({
      origin: 'http://127.0.0.1:4312',
      matchToken: TOKEN,
    });
  });

  it('refuses anything else: plain http off this computer, other paths, short tokens, credentials', () => {
    for (const text of [
      '',
      'not a url',
      `http://mentor.example.org/match/${TOKEN}`,
      `https://mentor.example.org/follow-up/${TOKEN}`,
      `https://mentor.example.org/match/${TOKEN.slice(1)}`,
      `https://user:pw@mentor.example.org/match/${TOKEN}`,
      `javascript:alert(1)//match/${TOKEN}`,
      `ftp://mentor.example.org/match/${TOKEN}`,
    ]) {
      expect(parseConnectCode(text), text).toBeUndefined();
    }
  });
});
