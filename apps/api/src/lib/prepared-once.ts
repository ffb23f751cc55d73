import type { Executor } from '@groupdesk/db';

/**
 * A query every request runs, prepared once per database handle (a named statement that each connection
 * parses once) rather than built and parsed again at each request. `build` must always give the same SQL text:
 * the name stands for it on every connection.
 */
export function preparedOnce<T>(build: (db: Executor) => T): (db: Executor) => T {
  const prepared = new WeakMap<Executor, T>();
  return (db) => {
    let query = prepared.get(db);
    if (!query) prepared.set(db, (query = build(db)));
    return query;
  };
}
