// The data folder holds the people's data (PGlite's files) and the coordinator token: readable
// and writable by the server's own user only. PGlite writes its files with the process's umask
// (0644, even 0666), so the folder is made private on every start, what is in it already is
// brought back to 0700 (folders) and 0600 (files), and the server's umask keeps new files so.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dataDir` if needed and makes it and everything in it private to this user. */
export function keepDataPrivate(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  makePrivate(dataDir);
}

function makePrivate(path: string): void {
  const info = lstatSync(path);
  // A symbolic link's own mode means nothing, and its target may not be ours.
  if (info.isSymbolicLink()) return;
  if (info.isDirectory()) {
    chmodSync(path, PRIVATE_FOLDER_MODE);
    for (const name of readdirSync(path)) makePrivate(join(path, name));
  } else {
    chmodSync(path, PRIVATE_FILE_MODE);
  }
}
