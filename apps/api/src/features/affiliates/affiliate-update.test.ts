import type { AffiliateDetail, AffiliateListResponse } from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { addDays, formatNationalNumber, makeNationalNumber } from '@groupdesk/domain';
import { and, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoWorld,
  TEST_PASSWORD,
  belgianDay,
  createUser,
  journalEntriesOf,
  loadDemoWorld,
} from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

const { affiliates, affiliateContracts, affiliateNationalNumberHistory, users } = schema;

let t: TestApp;
let world: DemoWorld;
let hr: ReturnType<typeof client>;
let hrUserId: string;
let base: string;

const url = (affiliateId: string) => `${base}/affiliates/${affiliateId}`;
const read = async (affiliateId: string) => (await hr.get(url(affiliateId))).json<AffiliateDetail>();
const historyOf = (affiliateId: string) =>
  t.db
    .select()
    .from(affiliateNationalNumberHistory)
    .where(eq(affiliateNationalNumberHistory.affiliateId, affiliateId))
    .orderBy(affiliateNationalNumberHistory.id);

/**
 * Van Damme affiliates with one active contract and no number, or with a national number (not a BIS
 * number, which a new number replaces instead of correcting): each test takes its own.
 */
const pool = { withoutNumber: [] as string[], withNumber: [] as string[] };
const take = (kind: keyof typeof pool) => {
  const id = pool[kind].shift();
  if (!id) throw new Error(`no more affiliates ${kind} in the seed`);
  return id;
};

/** A valid number nobody holds yet, for a person born on that day with that sex */
let lastSequence = 0;
async function freeNumberFor(
  person: { birthDate: string; sex: 'M' | 'F' },
  kind: 'national' | 'bis' = 'national',
): Promise<string> {
  for (;;) {
    // odd sequences for men, even for women
    lastSequence += 1;
    if ((lastSequence % 2 === 1) !== (person.sex === 'M')) continue;
    const number = makeNationalNumber({ birthDate: person.birthDate, sequence: lastSequence, kind });
    const [holder] = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .where(eq(affiliates.nationalNumber, number));
    // a number held before is not free either
    const [former] = await t.db
      .select({ id: affiliateNationalNumberHistory.id })
      .from(affiliateNationalNumberHistory)
      .where(eq(affiliateNationalNumberHistory.previousNumber, number));
    if (!holder && !former) return number;
  }
}
/** A number that agrees with the affiliate's recorded birth date and sex */
async function numberFor(affiliateId: string, kind: 'national' | 'bis' = 'national') {
  const [person] = await t.db
    .select({ birthDate: affiliates.birthDate, sex: affiliates.sex })
    .from(affiliates)
    .where(eq(affiliates.id, affiliateId));
  return freeNumberFor({ birthDate: person!.birthDate!, sex: person!.sex! }, kind);
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  base = `/api/employers/${world.employerId.vanDamme}`;
  hr = client(t.app, await login(t.app, 'hr@demo.groupdesk.be'));
  const [user] = await t.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'hr@demo.groupdesk.be'));
  hrUserId = user!.id;
  for (const kind of ['withoutNumber', 'withNumber'] as const) {
    const rows = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
      .where(
        and(
          eq(affiliates.employerId, world.employerId.vanDamme),
          eq(affiliateContracts.status, 'active'),
          kind === 'withNumber'
            ? eq(affiliates.nationalNumberKind, 'national')
            : isNull(affiliates.nationalNumber),
        ),
      )
      .groupBy(affiliates.id)
      .having(sql`count(*) = 1`)
      .orderBy(affiliates.id);
    pool[kind] = rows.map((row) => row.id);
  }
  // a few more without a number than the seed has
  const cleared = pool.withNumber.splice(0, 6);
  await t.db
    .update(affiliates)
    .set({ nationalNumber: null, nationalNumberKind: null, nationalNumberSince: null })
    .where(inArray(affiliates.id, cleared));
  pool.withoutNumber.push(...cleared);
});
afterAll(async () => {
  await t?.close();
});

describe('PATCH …/affiliates/:affiliateId: the professional e-mail address', () => {
  it('stores it trimmed and in lower case, and journals before and after', async () => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const response = await hr.patch(url(affiliateId), { professionalEmail: '  Jan.Peeters@VanDamme.BE ' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<AffiliateDetail>().professionalEmail).toBe('jan.peeters@vandamme.be');
    expect((await read(affiliateId)).professionalEmail).toBe('jan.peeters@vandamme.be');

    const journal = await journalEntriesOf(t.db, affiliateId);
    expect(journal).toEqual([
      expect.objectContaining({
        kind: 'affiliate.updated',
        employerId: world.employerId.vanDamme,
        actorUserId: hrUserId,
        before: { professionalEmail: before.professionalEmail },
        after: { professionalEmail: 'jan.peeters@vandamme.be' },
      }),
    ]);
    expect(Date.now() - journal[0]!.at.getTime()).toBeLessThan(60_000);
  });

  it('removes it with an empty string or null', async () => {
    const affiliateId = take('withNumber');
    await hr.patch(url(affiliateId), { professionalEmail: 'someone@vandamme.be' });
    expect(
      (await hr.patch(url(affiliateId), { professionalEmail: '' })).json<AffiliateDetail>().professionalEmail,
    ).toBeNull();
    await hr.patch(url(affiliateId), { professionalEmail: 'someone@vandamme.be' });
    expect(
      (await hr.patch(url(affiliateId), { professionalEmail: null })).json<AffiliateDetail>()
        .professionalEmail,
    ).toBeNull();
    const journal = await journalEntriesOf(t.db, affiliateId);
    expect(journal.map((entry) => entry.after)).toEqual([
      { professionalEmail: 'someone@vandamme.be' },
      { professionalEmail: null },
      { professionalEmail: 'someone@vandamme.be' },
      { professionalEmail: null },
    ]);
  });

  it('writes nothing to the journal when nothing changes', async () => {
    const affiliateId = take('withNumber');
    await hr.patch(url(affiliateId), { professionalEmail: 'same@vandamme.be' });
    const response = await hr.patch(url(affiliateId), { professionalEmail: 'SAME@vandamme.be' });
    expect(response.statusCode).toBe(200);
    expect(await journalEntriesOf(t.db, affiliateId)).toHaveLength(1);
  });
});

describe('PATCH …/affiliates/:affiliateId: the language', () => {
  it('changes it and journals it', async () => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const language = before.language === 'de' ? 'nl' : 'de';
    const response = await hr.patch(url(affiliateId), { language });
    expect(response.json<AffiliateDetail>().language).toBe(language);
    expect((await read(affiliateId)).language).toBe(language);
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([
      expect.objectContaining({
        kind: 'affiliate.updated',
        before: { language: before.language },
        after: { language },
      }),
    ]);
  });
});

describe('PATCH …/affiliates/:affiliateId: the national or BIS number', () => {
  it('accepts a valid number in any formatting, stores 11 digits and shows the contract from tomorrow', async () => {
    const affiliateId = take('withoutNumber');
    const number = await numberFor(affiliateId);
    const { birthDate, sex } = await read(affiliateId);
    const response = await hr.patch(url(affiliateId), {
      nationalNumber: ` ${formatNationalNumber(number)} `,
    });
    expect(response.statusCode, response.body).toBe(200);
    const affiliate = response.json<AffiliateDetail>();
    expect(affiliate).toMatchObject({
      nationalNumber: number,
      nationalNumberKind: 'national',
      nationalNumberSince: belgianDay(0),
      nationalNumberInfo: {
        formatted: formatNationalNumber(number),
        kind: 'national',
        birthDate,
        sex,
        inconsistencies: [],
      },
      nationalNumberHistory: [
        {
          change: 'added',
          previousNumber: null,
          previousKind: null,
          newNumber: number,
          newKind: 'national',
          changedAt: expect.any(String),
          changedBy: 'Hugo Renard',
        },
      ],
    });
    expect(affiliate.contracts.map((contract) => contract.portalVisibility)).toEqual([
      { state: 'visible-from', from: addDays(belgianDay(0), 1) },
    ]);
    const [row] = await t.db.select().from(affiliates).where(eq(affiliates.id, affiliateId));
    expect(row!.nationalNumber).toBe(number);

    expect(await historyOf(affiliateId)).toEqual([
      expect.objectContaining({
        previousNumber: null,
        newNumber: number,
        newKind: 'national',
        changedBy: hrUserId,
      }),
    ]);
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([
      expect.objectContaining({
        kind: 'affiliate.updated',
        before: { nationalNumber: null },
        after: { nationalNumber: number },
      }),
    ]);
  });

  it.each([
    ['dots and dash', (n: string) => formatNationalNumber(n)],
    ['digits only', (n: string) => n],
    ['spaces', (n: string) => n.replace(/(\d{2})(\d{2})(\d{2})(\d{3})(\d{2})/, '$1 $2 $3 $4 $5')],
    ['slashes', (n: string) => `${n.slice(0, 6)}/${n.slice(6)}`],
  ])('reads the number typed with %s', async (_case, typed) => {
    const affiliateId = take('withoutNumber');
    const number = await numberFor(affiliateId);
    const response = await hr.patch(url(affiliateId), { nationalNumber: typed(number) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<AffiliateDetail>().nationalNumber).toBe(number);
  });

  it('replaces a BIS number by the national number, keeps the history, and still finds the affiliate by the old one', async () => {
    const affiliateId = take('withoutNumber');
    const bis = await numberFor(affiliateId, 'bis');
    const national = await numberFor(affiliateId);
    expect((await hr.patch(url(affiliateId), { nationalNumber: bis })).json<AffiliateDetail>()).toMatchObject(
      {
        nationalNumber: bis,
        nationalNumberKind: 'bis',
        nationalNumberInfo: { kind: 'bis' },
      },
    );
    expect(
      (await hr.patch(url(affiliateId), { nationalNumber: national })).json<AffiliateDetail>(),
    ).toMatchObject({
      nationalNumber: national,
      nationalNumberKind: 'national',
      // newest first, with who and when
      nationalNumberHistory: [
        { change: 'bis-replaced', previousNumber: bis, newNumber: national, changedBy: 'Hugo Renard' },
        { change: 'added', previousNumber: null, newNumber: bis, changedBy: 'Hugo Renard' },
      ],
    });
    expect(await historyOf(affiliateId)).toEqual([
      expect.objectContaining({ previousNumber: null, newNumber: bis, newKind: 'bis' }),
      expect.objectContaining({
        previousNumber: bis,
        previousKind: 'bis',
        newNumber: national,
        newKind: 'national',
      }),
    ]);

    for (const typed of [bis, formatNationalNumber(bis), national]) {
      const found = await hr.get(`${base}/affiliates?search=${encodeURIComponent(typed)}`);
      expect(
        found.json<AffiliateListResponse>().items.map((item) => item.id),
        typed,
      ).toEqual([affiliateId]);
    }
  });

  it('refuses a number held by another affiliate with 409, and changes nothing', async () => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const holders = await t.db
      .select({ nationalNumber: affiliates.nationalNumber, employerId: affiliates.employerId })
      .from(affiliates)
      .where(and(isNotNull(affiliates.nationalNumber), ne(affiliates.id, affiliateId)));
    const sameEmployer = holders.find((holder) => holder.employerId === world.employerId.vanDamme)!;
    const otherEmployer = holders.find((holder) => holder.employerId === world.employerId.nordwind)!;

    // the reason says where the number is held: another affiliate of this employer can be searched for,
    // another employer's cannot be shown
    for (const [taken, code] of [
      [sameEmployer.nationalNumber!, 'nationalNumber.taken'],
      [formatNationalNumber(otherEmployer.nationalNumber!), 'nationalNumber.takenElsewhere'],
    ]) {
      const error = expectError(await hr.patch(url(affiliateId), { nationalNumber: taken }), 409, 'conflict');
      expect(error.details).toEqual([{ path: 'nationalNumber', code, message: expect.any(String) }]);
    }
    // nor with other changes in the same request
    expectError(
      await hr.patch(url(affiliateId), { nationalNumber: sameEmployer.nationalNumber, language: 'de' }),
      409,
    );

    expect(await read(affiliateId)).toEqual(before);
    expect(await historyOf(affiliateId)).toEqual([]);
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([]);
  });

  it.each([
    ['another birth date', 'nationalNumber.birthDateMismatch', { birthDate: '1955-03-14' }],
    ['the other sex', 'nationalNumber.sexMismatch', {}],
  ] as const)(
    'refuses a number with %s than recorded, with the reason, and changes nothing',
    async (_case, code, change) => {
      for (const kind of ['withoutNumber', 'withNumber'] as const) {
        const affiliateId = take(kind);
        const before = await read(affiliateId);
        const otherSex = before.sex === 'M' ? 'F' : 'M';
        const number = await freeNumberFor({
          birthDate: before.birthDate!,
          sex: code === 'nationalNumber.sexMismatch' ? otherSex : before.sex!,
          ...change,
        });
        const error = expectError(
          await hr.patch(url(affiliateId), { nationalNumber: number }),
          409,
          'conflict',
        );
        expect(error.details).toEqual([{ path: 'nationalNumber', code, message: expect.any(String) }]);
        expect(await read(affiliateId)).toEqual(before);
        expect(await historyOf(affiliateId)).toEqual([]);
      }
    },
  );

  it('checks a BIS number replaced without a recorded birth date or sex against what the BIS number said', async () => {
    const affiliateId = take('withoutNumber');
    const person = await read(affiliateId);
    const bis = await numberFor(affiliateId, 'bis');
    expect((await hr.patch(url(affiliateId), { nationalNumber: bis })).statusCode).toBe(200);
    await t.db.update(affiliates).set({ birthDate: null, sex: null }).where(eq(affiliates.id, affiliateId));

    const otherDay = addDays(person.birthDate!, 1);
    const wrong = await freeNumberFor({ birthDate: otherDay, sex: person.sex! });
    const error = expectError(await hr.patch(url(affiliateId), { nationalNumber: wrong }), 409);
    expect(error.details?.[0]?.code).toBe('nationalNumber.birthDateMismatch');

    const national = await freeNumberFor({ birthDate: person.birthDate!, sex: person.sex! });
    const replaced = await hr.patch(url(affiliateId), { nationalNumber: national });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json<AffiliateDetail>().nationalNumberHistory[0]).toMatchObject({
      change: 'bis-replaced',
    });
  });

  it('corrects a wrong number: the history says so, the contract shows from tomorrow again', async () => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const corrected = await numberFor(affiliateId);
    const after = (await hr.patch(url(affiliateId), { nationalNumber: corrected })).json<AffiliateDetail>();
    expect(after.nationalNumberHistory).toEqual([
      expect.objectContaining({
        change: 'corrected',
        previousNumber: before.nationalNumber,
        newNumber: corrected,
        changedBy: 'Hugo Renard',
      }),
    ]);
    expect(after.contracts[0]?.portalVisibility).toEqual({
      state: 'visible-from',
      from: addDays(belgianDay(0), 1),
    });
  });

  it('accepts the number the affiliate already has without writing any history', async () => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const response = await hr.patch(url(affiliateId), {
      nationalNumber: formatNationalNumber(before.nationalNumber!),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<AffiliateDetail>().nationalNumberSince).toBe(before.nationalNumberSince);
    expect(await historyOf(affiliateId)).toEqual([]);
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([]);
  });
});

/** Van Damme affiliates with a number whose every affiliation is in that contract */
const holdersOnlyIn = (contractNumber: string) =>
  t.db
    .select({ id: affiliates.id, nationalNumber: affiliates.nationalNumber })
    .from(affiliates)
    .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
    .where(and(eq(affiliates.employerId, world.employerId.vanDamme), isNotNull(affiliates.nationalNumber)))
    .groupBy(affiliates.id)
    .having(sql`bool_and(${affiliateContracts.contractId} = ${world.contractId[contractNumber]!}::uuid)`)
    .orderBy(sql`${affiliates.id} desc`)
    .limit(3);

/** A history row saying that affiliate held `number` before their current one */
const heldBefore = (affiliateId: string, employerId: string, number: string) =>
  t.db.insert(affiliateNationalNumberHistory).values({
    employerId,
    affiliateId,
    previousNumber: number,
    previousKind: 'national',
    newNumber: null,
    newKind: null,
  });

describe('PATCH …/affiliates/:affiliateId: numbers that are not the affiliate’s to take', () => {
  it('refuses a BIS number in place of a national number with 409: the national number is definitive', async () => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const bis = await numberFor(affiliateId, 'bis');
    const error = expectError(await hr.patch(url(affiliateId), { nationalNumber: bis }), 409, 'conflict');
    expect(error.details).toEqual([
      { path: 'nationalNumber', code: 'nationalNumber.nationalToBis', message: expect.stringMatching(/BIS/) },
    ]);
    expect(await read(affiliateId)).toEqual(before);
    expect(await historyOf(affiliateId)).toEqual([]);
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([]);
  });

  it('refuses a number another affiliate held before, of this employer or another; the own former number comes back', async () => {
    const former = take('withNumber');
    const first = await numberFor(former);
    const second = await numberFor(former);
    for (const number of [first, second]) {
      expect((await hr.patch(url(former), { nationalNumber: number })).statusCode).toBe(200);
    }
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const here = expectError(await hr.patch(url(affiliateId), { nationalNumber: first }), 409, 'conflict');
    expect(here.details).toEqual([
      { path: 'nationalNumber', code: 'nationalNumber.heldBefore', message: expect.any(String) },
    ]);
    // the number a Nordwind affiliate had before theirs, agreeing with this affiliate's birth date and sex
    const elsewhere = await numberFor(affiliateId);
    const [nordwind] = await t.db
      .select({ id: affiliates.id })
      .from(affiliates)
      .where(eq(affiliates.employerId, world.employerId.nordwind))
      .limit(1);
    await heldBefore(nordwind!.id, world.employerId.nordwind, elsewhere);
    const other = expectError(await hr.patch(url(affiliateId), { nationalNumber: elsewhere }), 409);
    expect(other.details?.[0]?.code).toBe('nationalNumber.heldBeforeElsewhere');
    expect(await read(affiliateId)).toEqual(before);
    expect(await historyOf(affiliateId)).toEqual([]);

    // one's own former number is no one else's
    const back = await hr.patch(url(former), { nationalNumber: first });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<AffiliateDetail>().nationalNumber).toBe(first);
  });

  it('names the holder to a user limited to some contracts only when the holder is in those contracts', async () => {
    await createUser(t.db, {
      email: 'cadres@vandamme.test',
      memberships: [{ employerId: world.employerId.vanDamme, contractIds: [world.contractId['530/00413']!] }],
    });
    const limited = client(t.app, await login(t.app, 'cadres@vandamme.test', TEST_PASSWORD));
    const [target, inScope] = await holdersOnlyIn('530/00413');
    const [outOfScope, formerOutOfScope] = await holdersOnlyIn('530/00412');
    const formerNumber = await freeNumberFor({ birthDate: '1980-02-02', sex: 'F' });
    await heldBefore(formerOutOfScope!.id, world.employerId.vanDamme, formerNumber);
    const refusal = async (as: typeof hr, nationalNumber: string) =>
      expectError(await as.patch(url(target!.id), { nationalNumber }), 409).details?.[0];

    expect(await refusal(limited, inScope!.nationalNumber!)).toMatchObject({ code: 'nationalNumber.taken' });
    const hidden = await refusal(limited, outOfScope!.nationalNumber!);
    expect(hidden).toMatchObject({ code: 'nationalNumber.takenOutOfScope' });
    // nothing to search for: the search would not show that affiliate to this user
    expect(hidden?.message).not.toMatch(/search/i);
    expect(await refusal(limited, formerNumber)).toMatchObject({
      code: 'nationalNumber.heldBeforeElsewhere',
    });
    // a user who sees every contract is told to search
    expect(await refusal(hr, outOfScope!.nationalNumber!)).toMatchObject({ code: 'nationalNumber.taken' });
    expect(await refusal(hr, formerNumber)).toMatchObject({ code: 'nationalNumber.heldBefore' });
  });
});

describe('PATCH …/affiliates/:affiliateId refuses what is not valid, and changes nothing', () => {
  const long = 'x'.repeat(10_000);
  const checksumOf = (body: string) => String(97 - (Number(body) % 97)).padStart(2, '0');
  const number = makeNationalNumber({ birthDate: '1955-03-14', sequence: 101 });
  const badChecksum = `${number.slice(0, 9)}${String((Number(number.slice(9)) % 97) + 1).padStart(2, '0')}`;

  // prettier-ignore
  it.each<[string, unknown, Array<[path: string, code: string]>]>([
    ['an e-mail address without @', { professionalEmail: 'jan.peeters.vandamme.be' }, [['professionalEmail', 'email.invalid']]],
    ['an e-mail address without top-level domain', { professionalEmail: 'jan@vandamme' }, [['professionalEmail', 'email.invalid']]],
    ['a name pasted as e-mail address', { professionalEmail: 'Jan Peeters <jan@vandamme.be>' }, [['professionalEmail', 'email.invalid']]],
    ['a 300-character e-mail address', { professionalEmail: `${'a'.repeat(290)}@vandamme.be` }, [['professionalEmail', 'too_long']]],
    ['a 10,000-character e-mail address', { professionalEmail: long }, [['professionalEmail', 'too_long']]],
    ['an e-mail address of the wrong type', { professionalEmail: 42 }, [['professionalEmail', 'invalid_type']]],
    ['a number with a bad checksum', { nationalNumber: formatNationalNumber(badChecksum) }, [['nationalNumber', 'nationalNumber.checksum']]],
    ['a number with a 30 February', { nationalNumber: `850230001${checksumOf('850230001')}` }, [['nationalNumber', 'nationalNumber.date']]],
    ['a number with month 13', { nationalNumber: `851301001${checksumOf('851301001')}` }, [['nationalNumber', 'nationalNumber.date']]],
    ['a number with too few digits', { nationalNumber: '85.07.30-033' }, [['nationalNumber', 'nationalNumber.format']]],
    ['a number with letters', { nationalNumber: '85O73OO3328' }, [['nationalNumber', 'nationalNumber.format']]],
    ['a 10,000-character number', { nationalNumber: long }, [['nationalNumber', 'too_long']]],
    ['a number removed', { nationalNumber: null }, [['nationalNumber', 'invalid_type']]],
    ['an unknown language', { language: 'es' }, [['language', 'invalid_value']]],
    ['an unknown field', { lastName: 'Dupont' }, [['lastName', 'unknown_field']]],
    ['a field that only the server sets', { nationalNumberSince: '2000-01-01' }, [['nationalNumberSince', 'unknown_field']]],
    ['an empty body', {}, [['', 'required']]],
    ['a JSON array', [], [['', 'invalid_type']]],
    ['several errors at once', { professionalEmail: 'nope', nationalNumber: '123', language: 'xx' },
      [['professionalEmail', 'email.invalid'], ['nationalNumber', 'nationalNumber.format'], ['language', 'invalid_value']]],
  ])('%s: 400 with per-field details', async (_case, payload, expected) => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    const error = expectError(await hr.patch(url(affiliateId), payload), 400, 'validation_failed');
    for (const [path, code] of expected)
      expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
    expect(await read(affiliateId)).toEqual(before);
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([]);
  });

  it.each([
    ['not JSON', '{"language": ', { 'content-type': 'application/json' }, 400],
    ['no body', undefined, { 'content-type': 'application/json' }, 400],
    ['form-urlencoded', 'language=de', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['text/plain', '{"language":"de"}', { 'content-type': 'text/plain' }, 415],
  ])('a body that is %s: %i', async (_case, payload, headers, status) => {
    const affiliateId = take('withNumber');
    const before = await read(affiliateId);
    expectError(await hr.send({ method: 'PATCH', url: url(affiliateId), payload, headers }), status);
    expect(await read(affiliateId)).toEqual(before);
  });

  it.each([
    ['affiliate', () => `${base}/affiliates/12345`, 'affiliateId'],
    ['employer', () => `/api/employers/not-an-id/affiliates/${pool.withNumber[0]}`, 'employerId'],
  ])('a malformed %s id: 400', async (_case, target, path) => {
    const error = expectError(await hr.patch(target(), { language: 'de' }), 400, 'validation_failed');
    expect(error.details).toContainEqual(expect.objectContaining({ path, code: 'invalid_id' }));
  });
});

describe('the journal', () => {
  it('refuses to be changed or emptied, even by a direct SQL statement', async () => {
    const affiliateId = take('withNumber');
    await hr.patch(url(affiliateId), { professionalEmail: 'journal@vandamme.be' });
    const [entry] = await journalEntriesOf(t.db, affiliateId);
    expect(entry).toBeDefined();
    await expect(
      t.db.execute(sql`update journal_entries set kind = 'forged' where id = ${entry!.id}`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`delete from journal_entries where id = ${entry!.id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate journal_entries cascade`)).rejects.toThrow();
    expect(await journalEntriesOf(t.db, affiliateId)).toEqual([entry]);
  });
});
