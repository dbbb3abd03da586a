// Signing in with the coordinator token, as the coordinator view's first administrator does:
// POST /api/coordinator/sign-in/token, then the session cookie and its CSRF token on every
// request. For the node and the end-to-end tests (no test runner imported here); the token
// itself opens no route (coordinator-auth/authorize.ts).

/** The headers of a new session of the first administrator: Cookie and X-CSRF-Token. */
export async function signInWithToken(
  base: string,
  token: string,
): Promise<Record<string, string>> {
  const response = await fetch(new URL('/api/coordinator/sign-in/token', base), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) {
    throw new Error(
      `Signing in with the token answered ${response.status}: ${await response.text()}`,
    );
  }
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
}
