import type { createDatabase } from '@groupdesk/db';

type Pool = ReturnType<typeof createDatabase>['pool'];

/**
 * Loading a million rows into tables whose indexes are kept up to date row by row, and whose foreign keys
 * are checked one lookup per row and key, takes several times as long as building the indexes once and
 * checking each key with one join afterwards (what pg_restore does). This drops the indexes of `tables` that
 * no constraint needs and their foreign keys, and gives back what puts them back from their own definitions,
 * as the migrations made them: the bench repeats no definition. Triggers stay: they keep their tables right.
 */
export async function withoutIndexesAndForeignKeys(
  pool: Pool,
  tables: string[],
): Promise<() => Promise<void>> {
  const indexes = await pool.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1::text[])
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  const foreignKeys = await pool.query<{ table: string; name: string; definition: string }>(
    `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
     from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text = any($1::text[])`,
    [tables],
  );
  for (const key of foreignKeys.rows)
    await pool.query(`alter table ${key.table} drop constraint "${key.name}"`);
  for (const index of indexes.rows) await pool.query(`drop index "${index.name}"`);
  return async () => {
    // both cores for each build, with room enough to sort in memory
    await pool.query(`set maintenance_work_mem = '512MB'`);
    await pool.query('set max_parallel_maintenance_workers = 2');
    for (const index of indexes.rows) await pool.query(index.definition);
    for (const key of foreignKeys.rows) {
      await pool.query(`alter table ${key.table} add constraint "${key.name}" ${key.definition}`);
    }
  };
}
