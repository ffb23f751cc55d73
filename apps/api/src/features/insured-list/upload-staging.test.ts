import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../../test/fixtures';
import { type TestApp, createTestApp } from '../../../test/test-app';
import type { EmployerAccessContext } from '../access/employer-access';
import type { HeaderMap } from './upload-headers';
import { uploadStaging } from './upload-staging';

let t: TestApp;
let access: EmployerAccessContext;

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
  const world = await loadDemoWorld(t.db);
  access = {
    employerId: world.employerId.lumiere,
    employerName: 'Atelier Lumière SRL',
    access: 'master',
    canWrite: true,
    contractIds: null,
    endDate: null,
  };
});
afterAll(async () => t?.close());

const header: HeaderMap = { columns: {}, labels: {}, language: 'fr' };

class Rollback extends Error {}

describe('the rows of an upload on their way to the database', () => {
  it('go in batches while the file is still read, each row once and in the order of the file', async () => {
    // some ten thousand rows fill a batch
    const rows = 30_000;
    let checkedWhileReading = 0;
    let stored: { rows: number; ordinals: number; inOrder: boolean } | undefined;
    await t.db
      .transaction(async (tx) => {
        const staging = await uploadStaging(tx, access);
        let waits = 0;
        for (let index = 0; index < rows; index += 1) {
          // sheet rows as a sheet with blank lines numbers them: not the same as the order of the rows
          const row = { sheetRow: 2 + index * 2, key: `row ${index}`, email: `person.${index}@example.be` };
          const wait = staging.add(
            { ...row, nationalNumber: null, lastName: 'Name', firstName: 'First', birthDate: null },
            header,
          );
          if (!wait) continue;
          await wait;
          waits += 1;
          // the second full batch waits for the first to be checked: those rows are in the table by now
          if (waits === 2) {
            const counted = await tx.execute<{ n: number }>(
              sql`select count(*)::int as n from upload_checked`,
            );
            checkedWhileReading = counted.rows[0]!.n;
          }
        }
        await staging.finish();
        const result = await tx.execute<{ rows: number; ordinals: number; inOrder: boolean }>(sql`
          select count(*)::int as rows, count(distinct ordinal)::int as ordinals,
            bool_and(sheet_row = 2 + (ordinal - 1) * 2) as "inOrder"
          from upload_checked`);
        stored = result.rows[0];
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(checkedWhileReading).toBeGreaterThan(0);
    expect(checkedWhileReading).toBeLessThan(rows);
    expect(stored).toEqual({ rows, ordinals: rows, inOrder: true });
  });
});
