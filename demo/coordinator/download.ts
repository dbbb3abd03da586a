// Downloads what a coordinator route answers as a file: fetched with the token (a plain link
// cannot send it), handed to the browser as a blob under `fileName`, then the status line says
// so. A failure is reported like any other.
import { api } from './api.ts';
import { saveFile } from './save-file.ts';
import { handleFailure, setStatus } from './session.ts';

export async function downloadFile(path: string, fileName: string, done: string): Promise<void> {
  try {
    const response = await api(path);
    saveFile(await response.blob(), fileName);
    setStatus(done);
  } catch (error) {
    handleFailure(error);
  }
}
