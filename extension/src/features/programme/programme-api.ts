// The programme backend's extension API (demo/server/api/extension-routes.ts), as the options
// page (connect, disconnect) and the background's sync call it. `fetch` is passed in, so node
// tests run the same code against a fake; what comes back is checked with core's schemas.
import {
  ExtensionConnectionSchema,
  type ExtensionConnection,
  type SessionSummary,
} from '@mentorkit/core';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** How a request ended, as the queue needs to know it. */
export type Outcome =
  | { kind: 'ok' }
  /** The token is unknown (disconnected elsewhere, replaced, the match erased). */
  | { kind: 'unauthorized' }
  /** The backend refused this change for good (422 and the like): retrying cannot help. */
  | { kind: 'refused'; reason: string }
  /** Offline, the backend down or busy: try again later. */
  | { kind: 'retry'; reason: string };

async function reasonOf(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as {
      title?: string;
      detail?: string;
      errors?: { field: string; detail: string }[];
    };
    const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.detail}`);
    const text = [problem.detail ?? problem.title, ...fields].filter(Boolean).join(' ');
    if (text) return text;
  } catch {
    // Not problem+json: the status says enough.
  }
  return `HTTP ${response.status}`;
}

async function outcomeOf(request: () => Promise<Response>): Promise<Outcome> {
  let response: Response;
  try {
    response = await request();
  } catch (error) {
    return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) {
    await response.body?.cancel();
    return { kind: 'ok' };
  }
  if (response.status === 401) return { kind: 'unauthorized' };
  const reason = await reasonOf(response);
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    return { kind: 'retry', reason };
  }
  return { kind: 'refused', reason };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function sendSummary(
  fetcher: Fetch,
  origin: string,
  token: string,
  summary: SessionSummary,
  key: string,
): Promise<Outcome> {
  return outcomeOf(() =>
    fetcher(`${origin}/api/extension/sessions/${summary.sessionId}`, {
      method: 'PUT',
      headers: { ...bearer(token), 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(summary),
    }),
  );
}

export function sendDeletion(
  fetcher: Fetch,
  origin: string,
  token: string,
  sessionId: string,
  key: string,
): Promise<Outcome> {
  return outcomeOf(() =>
    fetcher(`${origin}/api/extension/sessions/${sessionId}`, {
      method: 'DELETE',
      headers: { ...bearer(token), 'Idempotency-Key': key },
    }),
  );
}

/** Asks the backend to delete the connection and everything it holds of it. */
export function sendDisconnect(fetcher: Fetch, origin: string, token: string): Promise<Outcome> {
  return outcomeOf(() =>
    fetcher(`${origin}/api/extension/connection`, { method: 'DELETE', headers: bearer(token) }),
  );
}

export type ConnectResult =
  { ok: true; connection: ExtensionConnection } | { ok: false; reason: string };

/** Connects with the token of the mentor's match link. */
export async function connectToProgramme(
  fetcher: Fetch,
  origin: string,
  matchToken: string,
): Promise<ConnectResult> {
  let response: Response;
  try {
    response = await fetcher(`${origin}/api/extension/connection`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ matchToken }),
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, reason: await reasonOf(response) };
  const parsed = ExtensionConnectionSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return { ok: false, reason: 'The programme gave an answer we cannot read.' };
  return { ok: true, connection: parsed.data };
}
