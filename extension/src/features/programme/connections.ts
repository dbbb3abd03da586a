// The programmes the mentor connected, in the database (one per mentee of the log). Connecting
// starts the mentee's sync afresh (every session is sent again; the backend stores each once);
// disconnecting forgets the connection and the sync state of its sessions, after the backend
// was asked to delete what it holds (connect-section.ts).
import { CONNECTIONS_STORE, SYNC_STORE, type Database } from '../../storage/database.ts';
import type { ProgrammeConnection } from '../../storage/sync-records.ts';

export async function listConnections(db: Database): Promise<ProgrammeConnection[]> {
  return db.getAll(CONNECTIONS_STORE);
}

async function forgetSyncOf(db: Database, menteeId: string, connection?: ProgrammeConnection) {
  const transaction = db.transaction([CONNECTIONS_STORE, SYNC_STORE], 'readwrite');
  const sync = transaction.objectStore(SYNC_STORE);
  for (const key of await sync.index('by-mentee').getAllKeys(menteeId)) await sync.delete(key);
  const connections = transaction.objectStore(CONNECTIONS_STORE);
  if (connection) await connections.put(connection);
  else await connections.delete(menteeId);
  await transaction.done;
}

export function saveConnection(db: Database, connection: ProgrammeConnection): Promise<void> {
  return forgetSyncOf(db, connection.menteeId, connection);
}

export function removeConnection(db: Database, menteeId: string): Promise<void> {
  return forgetSyncOf(db, menteeId);
}
