// Downloads what a coordinator route answers as a file: fetched with the token (a plain link
// cannot send it), handed to the browser as a blob under `fileName`, then the status line says
// so. A failure is reported like any other.
import { api } from './api.ts';
import { h } from './dom.ts';
import { handleFailure, setStatus } from './session.ts';

export async function downloadFile(path: string, fileName: string, done: string): Promise<void> {
  try {
    const response = await api(path);
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(done);
  } catch (error) {
    handleFailure(error);
  }
}
