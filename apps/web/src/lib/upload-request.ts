import type { z } from 'zod';
import { ApiError, apiErrorOf, apiUrl } from './api-client';

interface UploadOptions<T extends z.ZodType> {
  /** sent as multipart/form-data; the browser sets the boundary */
  body: FormData;
  schema: T;
  /** the share of the body sent so far, 0 to 1 */
  onProgress?: (ratio: number) => void;
  signal?: AbortSignal;
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A multipart POST through XMLHttpRequest, because fetch reports no upload progress. It fails the way
 * `apiRequest` does: ApiError with the server's code, status 0 for the network, abort as an AbortError.
 */
export function uploadRequest<T extends z.ZodType>(
  path: string,
  { body, schema, onProgress, signal }: UploadOptions<T>,
): Promise<z.output<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.setRequestHeader('Accept', 'application/json');

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'Network error'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      const json = jsonOf(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(apiErrorOf(xhr.status, xhr.statusText, json, xhr.getResponseHeader('Retry-After')));
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError(xhr.status, 'invalid_response', `Unexpected response from POST ${path}`));
    };

    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
