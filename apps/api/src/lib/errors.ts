/** An error the client may see: its status, a stable code and a message; details per field when useful. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Array<{ path: string; code: string; message: string }>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Resource') => new HttpError(404, 'not_found', `${what} not found.`);
export const forbidden = (message = 'You do not have access to this resource.') =>
  new HttpError(403, 'forbidden', message);
export const unauthorized = (message = 'Log in to continue.') => new HttpError(401, 'unauthorized', message);
