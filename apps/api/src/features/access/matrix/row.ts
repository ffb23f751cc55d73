import type { InjectOptions } from 'fastify';
import type { MatrixContext } from './context';
import type { Role } from './roles';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** statuses in the order of `roles`: anonymous, read, write, master, accountManager, otherEmployer, outOfScope, expired */
export type Statuses = readonly [number, number, number, number, number, number, number, number];

export interface RoleRequest {
  url: string;
  payload?: InjectOptions['payload'];
  headers?: Record<string, string>;
  /** a session of its own for this request (a log-out, ended sessions); the role's usual one otherwise */
  cookie?: string;
}

export interface Row {
  method: Method;
  /** the path as the OpenAPI document writes it */
  path: string;
  expect: Statuses;
  request: (context: MatrixContext, role: Role) => RoleRequest | Promise<RoleRequest>;
  /** puts back what the request changed that later rows rely on (a password, two-factor, the sessions) */
  after?: (context: MatrixContext, role: Role) => Promise<void>;
}

export const row = (
  method: Method,
  path: string,
  expect: Statuses,
  request: Row['request'],
  after?: Row['after'],
): Row => ({ method, path, expect, request, after });

// The usual answers, for rows that follow them. The expired consultant's session ended with the last day of
// their mission, their only access: 401 wherever a session is needed.
//                                       anon read write mast  AM other scope expired
export const employerRead = (ok = 200): Statuses => [401, ok, ok, ok, ok, 404, ok, 401];
/** about one affiliate outside the restricted contract */
export const affiliateRead = (ok = 200): Statuses => [401, ok, ok, ok, ok, 404, 404, 401];
export const employerWrite = (ok: number): Statuses => [401, 403, ok, ok, 403, 404, ok, 401];
export const affiliateWrite = (ok: number): Statuses => [401, 403, ok, ok, 403, 404, 404, 401];
export const masterOnly = (ok: number): Statuses => [401, 403, 403, ok, 403, 404, 403, 401];
export const anyUser = (ok: number): Statuses => [401, ok, ok, ok, ok, ok, ok, 401];
export const everyone = (status: number): Statuses => [
  status,
  status,
  status,
  status,
  status,
  status,
  status,
  status,
];
