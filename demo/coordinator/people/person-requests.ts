// What the person view asks the coordinator API itself: the person, withdrawing them or taking
// it back, and their export. Through api.ts, so that a change carries the session's CSRF token
// and a refused session is an `Unauthorized` like everywhere else in the app.
import { api } from '../api.ts';
import { saveFile, serverFileName } from '../save-file.ts';

const base = (id: string) => `/api/coordinator/signups/${encodeURIComponent(id)}`;

export const personUrl = (id: string) => `${base(id)}/person`;

export async function setWithdrawn(id: string, withdrawn: boolean): Promise<void> {
  await api(`${base(id)}/${withdrawn ? 'withdraw' : 'reinstate'}`, { method: 'POST' });
}

/** The file name the server gives (Content-Disposition), else one of the same shape. */
function fileNameOf(response: Response, id: string, format: 'json' | 'csv'): string {
  return serverFileName(response) ?? `mentorkit-${id.replace(/[^A-Za-z0-9_-]/g, '')}.${format}`;
}

/** Downloads everything held about the person (GDPR art. 15 and 20); answers the file's name. */
export async function exportPerson(id: string, format: 'json' | 'csv'): Promise<string> {
  const response = await api(`${base(id)}/export${format === 'csv' ? '?format=csv' : ''}`);
  const fileName = fileNameOf(response, id, format);
  saveFile(await response.blob(), fileName);
  return fileName;
}
