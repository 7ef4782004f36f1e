/**
 * Sends a file as a request body, streamed by the browser from disk (never read whole into the
 * page), reporting bytes sent: uploads with a progress bar. A problem answer becomes an
 * ApiProblem as with every other call.
 */
import { ApiProblem, ConnectionLost, currentCsrfToken } from './client';

export function sendFile<T>(
  url: string,
  file: File,
  onProgress: (sent: number) => void,
  headers: Record<string, string> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('x-csrf-token', currentCsrfToken());
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onerror = () => reject(new ConnectionLost('the upload was interrupted'));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // A proxy's HTML error page: reported below by status.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as T);
      else
        reject(
          new ApiProblem(
            xhr.status,
            String(body.code ?? 'http_error'),
            String(body.detail ?? xhr.statusText),
          ),
        );
    };
    xhr.send(file);
  });
}
