import { errorResponseSchema } from '@groupdesk/contracts';
import type { ErrorResponse } from '@groupdesk/contracts';
import type { z } from 'zod';

export type ApiErrorDetail = NonNullable<ErrorResponse['error']['details']>[number];

/** Any failed call: HTTP errors carry the server's code and field details; status 0 is a network failure. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    /** seconds to wait, from the Retry-After header of a 429 */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type QueryValue = string | number | boolean | null | undefined;

interface RequestOptions<T extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** validates and types the response body; omit for empty (204) responses */
  schema?: T;
  signal?: AbortSignal;
}

type ResponseOf<T> = T extends z.ZodType ? z.output<T> : undefined;

/** The URL of an API path, with the query's empty values left out. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

function retryAfterOf(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  // Retry-After may also be an HTTP date
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The ApiError of a failed answer, from its parsed body (null when it was not JSON). */
export function apiErrorOf(
  status: number,
  statusText: string,
  body: unknown,
  retryAfterHeader: string | null,
): ApiError {
  const parsed = errorResponseSchema.safeParse(body);
  const retryAfter = retryAfterOf(retryAfterHeader);
  if (!parsed.success) return new ApiError(status, 'http_error', statusText, [], retryAfter);
  const { code, message, details } = parsed.data.error;
  return new ApiError(status, code, message, details, retryAfter);
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return apiErrorOf(response.status, response.statusText, body, response.headers.get('Retry-After'));
}

/** JSON over fetch with the session cookie; throws ApiError, returns the body parsed by `schema`. */
export async function apiRequest<T extends z.ZodType | undefined = undefined>(
  path: string,
  { method = 'GET', query, body, schema, signal }: RequestOptions<T> = {},
): Promise<ResponseOf<T>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      credentials: 'same-origin',
      // a body-less request must not announce JSON: the server rejects an empty JSON body
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) throw await errorOf(response);
  if (schema === undefined || response.status === 204) return undefined as ResponseOf<T>;
  const json: unknown = await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', `Unexpected response from ${method} ${path}`);
  }
  return parsed.data as ResponseOf<T>;
}

/** The message key for a failure nothing more specific explains: the network, or something on our side. */
export const generalFailureKey = (error: unknown): 'errors.network' | 'errors.unexpected' =>
  isApiError(error) && error.isNetworkError ? 'errors.network' : 'errors.unexpected';
