// Hands a file the coordinator API answered to the browser as a download: a plain link cannot
// carry the session's headers, so the answer is fetched first and saved from a blob.
import { h } from './dom.ts';

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start reading it; the URL is then of no use.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name the server gave an answer (its Content-Disposition), if it gave one. */
export function serverFileName(response: Response): string | undefined {
  return /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
}

/**
 * Saves an answer under the name the server gave it, else `fallback`; answers the name it was
 * saved under.
 */
export async function saveResponse(response: Response, fallback: string): Promise<string> {
  const fileName = serverFileName(response) ?? fallback;
  saveFile(await response.blob(), fileName);
  return fileName;
}
