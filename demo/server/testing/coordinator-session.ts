// A session for each node test of coordinator routes (testing/sign-in.ts signs in).
import { beforeEach } from 'vitest';
import { signInWithToken } from './sign-in.ts';

export { signInWithToken };

/**
 * In a `describe` after its `useTestDatabase` (which empties the accounts before each test):
 * `headers` gets a new session before each test, signed in on the server at `base()`.
 */
export function useCoordinatorSession(
  base: () => string,
  token: string,
  headers: Record<string, string> = {},
): Record<string, string> {
  beforeEach(async () => {
    Object.assign(headers, await signInWithToken(base(), token));
  });
  return headers;
}
