// The connect code is the address of the mentor's own match page, as the introduction mail and
// the page itself give it (`https://programme.example/match/<token>`): the origin says which
// backend, the token whose match. Nothing is sent anywhere while it is read.

export interface ConnectCode {
  /** `https://host[:port]`, the origin the host permission is asked for. */
  origin: string;
  matchToken: string;
}

const MATCH_PATH = /^\/match\/([A-Za-z0-9_-]{43})\/?$/;

/** The code's origin and token, or undefined when it is not a match page's address. */
export function parseConnectCode(text: string): ConnectCode | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  // Plain http only on this computer (a programme's test server): the tokens are keys.
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return undefined;
  if (url.username || url.password) return undefined;
  const token = MATCH_PATH.exec(url.pathname)?.[1];
  if (!token) return undefined;
  return { origin: `${url.protocol}//${url.host}`, matchToken: token };
}
