// The one database connection of an extension page (popup, sessions page, options), and the
// change notices between pages: a page that writes tells the others, which reload their lists.
import type { SessionLog } from '@mentorkit/core';
import {
  requestPersistentStorage,
  type Connection,
  type ConnectionEvent,
  type Database,
} from './database.ts';
import { extensionConnection } from './extension-connection.ts';
import { sendMessage } from '../shared/send-message.ts';
import { listSessions } from './session-store.ts';

const CHANGES_CHANNEL = 'mentorkit-sessions';

let connection: Connection | undefined;
const eventListeners = new Set<(event: ConnectionEvent) => void>();

/** The page's connection; asks once for persistent storage. */
export function database(): Promise<Database> {
  if (!connection) {
    connection = extensionConnection({
      onEvent: (event) => eventListeners.forEach((listener) => listener(event)),
    });
    // After the first open, not beside it: the browser's storage service answers the two one
    // after the other, and the popup waits for the open (`npm run bench -- "popup open"`).
    // Never rejects: a refusal or failure is just `false`.
    void connection.get().then(
      () => requestPersistentStorage(),
      () => requestPersistentStorage(),
    );
  }
  return connection.get();
}

/** Hears when another context blocks or takes over the database (for a notice to the mentor). */
export function onConnectionEvent(
  listener: (event: ConnectionEvent) => void,
  signal: AbortSignal,
): void {
  eventListeners.add(listener);
  signal.addEventListener('abort', () => eventListeners.delete(listener), { once: true });
}

export async function allSessions(): Promise<SessionLog[]> {
  return listSessions(await database());
}

/**
 * Tells the other pages that sessions changed, and the background, which sends the change to
 * the programme when the mentee's sessions are shared (features/programme/background-sync.ts)
 * and sets the follow-up reminders again (features/reminders/background-reminders.ts).
 */
export function announceChange(): void {
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage('changed');
  channel.close();
  requestSync();
  // A follow-up's day may have been set, moved or removed.
  void sendMessage({ type: 'plan-reminders' });
}

/** Asks the background to send what waits for a programme. Never rejects. */
export function requestSync(): void {
  // sendMessage answers failures as { ok: false }: nothing to handle here, the queue retries.
  void sendMessage({ type: 'sync-sessions' });
}

/** Calls `listener` when another page changed sessions. */
export function onSessionsChanged(listener: () => void, signal: AbortSignal): void {
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.addEventListener('message', () => listener());
  signal.addEventListener('abort', () => channel.close(), { once: true });
}
