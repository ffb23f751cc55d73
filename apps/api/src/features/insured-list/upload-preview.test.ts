import { schema } from '@groupdesk/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loadDemoWorld } from '../../../test/fixtures';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { type TestAffiliate, addUploadAffiliates, exportedAt } from '../../../test/upload-affiliates';
import type { EmployerAccessContext } from '../access/employer-access';
import { receiveInsuredListUpload, runUploadValidation } from './insured-list-upload';

const { actions, uploadRows } = schema;

let t: TestApp;
let ids: Record<TestAffiliate, string>;
let access: EmployerAccessContext;
let user: { id: string; language: string };

beforeAll(async () => {
  // no worker: the test runs the validation job itself
  t = await createTestApp({ WORKERS: '0' });
  const world = await loadDemoWorld(t.db);
  const employerId = world.employerId.lumiere;
  const added = await addUploadAffiliates(t.db, employerId);
  ({ ids, limitedAccess: access } = added);
  const userId = await createUser(t.db, {
    email: 'limited.uploader@lumiere.test',
    memberships: [{ employerId, contractIds: [added.contractId] }],
  });
  user = { id: userId, language: 'fr' };
});
afterAll(async () => t?.close());

const longAddress = `${'a'.repeat(60)}@${'b'.repeat(200)}.be`;

/**
 * Every kind of row in one list sent back by a user who sees one contract (a4 is outside it), as a Belgian
 * Excel writes CSV, with our stamp rows above the header. Sheet rows are the numbers on the left. The expected
 * preview below is the one the validation in JavaScript gave for this list, before it moved into the database.
 */
const list = (key: (name: TestAffiliate) => string) =>
  [
    /* 1 */ `employerId;${access.employerId}`,
    /* 2 */ `exportedAt;${exportedAt.toISOString()}`,
    /* 3 */ 'Clé groupdesk;N° national / BIS;Nom;Prénom;Date de naissance;E-mail professionnel',
    /* 4 */ `${key('a1')};;Name a1;First;15/03/1985;  New@Company.BE `,
    /* 5 */ `${key('a2')};;Name a2;First;15/03/1985;changed@company.be`,
    /* 6 */ `${key('a3')};;Renamed;First;15/03/1985;KEPT@company.be`,
    /* 7 */ `;123456789;Name a5;First;15/03/1985;shared@company.be`,
    /* 8 */ `${key('a7')};;Name a7;First;15/03/1985;shared@company.be`,
    /* 9 */ `${key('a6')};;Name a6;First;15/03/1985;file@company.be`,
    /* 10 */ `${key('a4')};;Name a4;First;15/03/1985;x@company.be`,
    /* 11 */ `zz;;Somebody;Else;01/01/1990;y@company.be`,
    /* 12 */ `${key('a9')};;Name a9;First;15/03/1985;leaving@company.be`,
    /* 13 */ `${key('a8')};;Name a8;First;15/03/1985;'=eight@company.be`,
    /* 14 */ `${key('a10')};;Name a10;First;15/03/1985;ten@`,
    /* 15 */ `${key('a10')};;Name a10;First;15/03/1985;ten@company.be`,
    /* 16 */ `${key('a11')};;Name a11;First;15/03/1985;${longAddress}`,
    /* 17 */ `${key('a12')};;Name a12;First;16/03/1985;`,
    /* 18 */ ';;;;;',
    /* 19 */ `${key('a12')};;Name a12;First;15/03/1985;twelve@company.be`,
    /* 20 */ `${key('a13')};;Name a13;First;15/03/1985;outside@company.be`,
  ].join('\r\n');

const message = (code: string, params: Record<string, string> = {}) => ({ code, params });

describe('the preview of a list with every kind of row', () => {
  it('is, row by row, the one the validation gave before it moved into the database', async () => {
    const content = Buffer.from(
      list((name) => ids[name]),
      'utf8',
    );
    const received = await receiveInsuredListUpload(t.app, access, user, { fileName: 'liste.csv', content });
    await runUploadValidation(t.app, received.id, { retryCount: 0, retryLimit: 0 });

    const [action] = await t.db.select().from(actions).where(eq(actions.id, received.id));
    expect(action!.status, action!.error ?? '').toBe('ready');
    expect(action!.counts).toEqual({
      rows: 16,
      added: 3,
      changed: 2,
      unchanged: 2,
      ignored: 2,
      errors: 6,
      conflicts: 1,
      warnings: 4,
      confirmations: 5,
      // a9 is registered on the portal
      invitations: 4,
    });
    const stored = await t.db
      .select()
      .from(uploadRows)
      .where(eq(uploadRows.actionId, received.id))
      .orderBy(asc(uploadRows.sheetRow));
    const name = (affiliate: TestAffiliate) => ({
      affiliateId: ids[affiliate],
      affiliateName: `Name ${affiliate} First`,
    });
    expect(
      stored.map(({ sheetRow, outcome, affiliateId, affiliateName, currentEmail, newEmail, messages }) => ({
        sheetRow,
        outcome,
        affiliateId,
        affiliateName,
        currentEmail,
        newEmail,
        messages,
      })),
    ).toEqual([
      {
        sheetRow: 4,
        outcome: 'added',
        ...name('a1'),
        currentEmail: null,
        newEmail: 'new@company.be',
        messages: [],
      },
      {
        sheetRow: 5,
        outcome: 'changed',
        ...name('a2'),
        currentEmail: 'old@company.be',
        newEmail: 'changed@company.be',
        messages: [],
      },
      // KEPT@company.be is a3's address as it is stored: nothing to change, but the name was edited
      {
        sheetRow: 6,
        outcome: 'unchanged',
        ...name('a3'),
        currentEmail: 'kept@company.be',
        newEmail: 'kept@company.be',
        messages: [message('row.protectedEdited', { columns: 'Nom' })],
      },
      // found by its national number, which lost its leading zeros
      {
        sheetRow: 7,
        outcome: 'error',
        ...name('a5'),
        currentEmail: null,
        newEmail: 'shared@company.be',
        messages: [message('nationalNumber.leadingZero'), message('email.duplicateInFile', { rows: '8' })],
      },
      // the note that a7 left gives way to the error
      {
        sheetRow: 8,
        outcome: 'error',
        ...name('a7'),
        currentEmail: null,
        newEmail: 'shared@company.be',
        messages: [message('email.duplicateInFile', { rows: '7' })],
      },
      {
        sheetRow: 9,
        outcome: 'conflict',
        ...name('a6'),
        currentEmail: 'moved@company.be',
        newEmail: 'file@company.be',
        messages: [message('email.changedSinceExport', { email: 'moved@company.be' })],
      },
      {
        sheetRow: 10,
        outcome: 'ignored',
        ...name('a4'),
        currentEmail: 'outside@company.be',
        newEmail: null,
        messages: [message('row.outOfScope')],
      },
      {
        sheetRow: 11,
        outcome: 'ignored',
        affiliateId: null,
        affiliateName: null,
        currentEmail: null,
        newEmail: null,
        messages: [message('row.unknown')],
      },
      // a8 holds leaving@company.be, but the file moves it away (row 13)
      {
        sheetRow: 12,
        outcome: 'added',
        ...name('a9'),
        currentEmail: null,
        newEmail: 'leaving@company.be',
        messages: [],
      },
      {
        sheetRow: 13,
        outcome: 'changed',
        ...name('a8'),
        currentEmail: 'leaving@company.be',
        newEmail: '=eight@company.be',
        messages: [],
      },
      // an error row keeps its own message; the other row of the same affiliate is the one refused for it
      {
        sheetRow: 14,
        outcome: 'error',
        ...name('a10'),
        currentEmail: null,
        newEmail: 'ten@',
        messages: [message('email.invalid', { email: 'ten@' })],
      },
      {
        sheetRow: 15,
        outcome: 'error',
        ...name('a10'),
        currentEmail: null,
        newEmail: 'ten@company.be',
        messages: [message('row.duplicateAffiliate', { rows: '14' })],
      },
      {
        sheetRow: 16,
        outcome: 'error',
        ...name('a11'),
        currentEmail: null,
        newEmail: longAddress,
        messages: [message('email.tooLong')],
      },
      {
        sheetRow: 17,
        outcome: 'unchanged',
        ...name('a12'),
        currentEmail: null,
        newEmail: null,
        messages: [message('row.protectedEdited', { columns: 'Date de naissance' })],
      },
      {
        sheetRow: 19,
        outcome: 'added',
        ...name('a12'),
        currentEmail: null,
        newEmail: 'twelve@company.be',
        messages: [],
      },
      // a4 keeps this address; the user does not see a4, so the message does not name them
      {
        sheetRow: 20,
        outcome: 'error',
        ...name('a13'),
        currentEmail: null,
        newEmail: 'outside@company.be',
        messages: [message('email.heldByOther', { name: '—' })],
      },
    ]);
  });
});
