import { validationMessages } from '@groupdesk/contracts';
import type { ValidationMessageKey } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import {
  type NationalNumber,
  type NumberHolder,
  type NumberHolderRefusal,
  nationalNumberChangeRefusal,
  nationalNumberDisagreements,
  numberHolderRefusal,
  parseNationalNumber,
} from '@groupdesk/domain';
import { type SQL, sql } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { contractScope } from './affiliate-scope';

const { affiliates, affiliateNationalNumberHistory } = schema;

export const nationalNumberRefused = (code: ValidationMessageKey) =>
  new HttpError(409, 'conflict', validationMessages[code].en, [
    { path: 'nationalNumber', code, message: validationMessages[code].en },
  ]);

type AffiliateRow = typeof affiliates.$inferSelect;

const parsedOrNull = (value: string | null): NationalNumber | null => {
  if (value === null) return null;
  const parsed = parseNationalNumber(value);
  return parsed.ok ? parsed.value : null;
};

const holderRefusalCodes = {
  taken: 'nationalNumber.taken',
  'taken-out-of-scope': 'nationalNumber.takenOutOfScope',
  'taken-elsewhere': 'nationalNumber.takenElsewhere',
  'held-before': 'nationalNumber.heldBefore',
  'held-before-elsewhere': 'nationalNumber.heldBeforeElsewhere',
} as const satisfies Record<NumberHolderRefusal, ValidationMessageKey>;

/**
 * Another affiliate of the insurer with this number, now or before (a number replaced since, in the history),
 * a current holder first; whether they are of the user's employer and, for a user limited to some contracts,
 * affiliated to one of them.
 */
async function otherHolderOf(
  tx: Executor,
  access: EmployerAccessContext,
  current: AffiliateRow,
  number: string,
): Promise<NumberHolder | null> {
  const inScope = contractScope(access, sql.raw('ac.contract_id'));
  const scopeOf = (affiliateId: SQL) =>
    inScope
      ? sql`exists (select 1 from affiliate_contracts ac where ac.affiliate_id = ${affiliateId} and ${inScope})`
      : sql`true`;
  const result = await tx.execute<{ holds_it_now: boolean; employer_id: string; in_scope: boolean }>(sql`
    select * from (
      select true as holds_it_now, a.employer_id, ${scopeOf(sql`a.id`)} as in_scope
      from ${affiliates} a where a.national_number = ${number} and a.id <> ${current.id}
      union all
      select false, h.employer_id, ${scopeOf(sql`h.affiliate_id`)}
      from ${affiliateNationalNumberHistory} h
      where h.previous_number = ${number} and h.affiliate_id <> ${current.id}
    ) holders
    order by holds_it_now desc, (employer_id = ${access.employerId}) and in_scope desc
    limit 1`);
  const [row] = result.rows;
  if (!row) return null;
  return {
    holdsItNow: row.holds_it_now,
    sameEmployer: row.employer_id === access.employerId,
    inUserScope: row.in_scope,
  };
}

/**
 * Records a new national/BIS number for an affiliate (locked by the caller): refused when another affiliate
 * of the insurer holds it or held it before, when it would put a BIS number in place of a national number,
 * or when it says another birth date or sex than the person's; the number it replaces goes to the history
 * with who changed it. Returns the columns to update.
 */
export async function recordNationalNumber(
  tx: Executor,
  access: EmployerAccessContext,
  current: AffiliateRow,
  input: string,
  actorUserId: string,
  today: string,
): Promise<Partial<AffiliateRow>> {
  const next = parsedOrNull(input);
  if (next === null) throw new Error('the body schema lets only valid numbers through');

  const refusal = numberHolderRefusal(await otherHolderOf(tx, access, current, next.value));
  if (refusal) throw nationalNumberRefused(holderRefusalCodes[refusal]);
  if (nationalNumberChangeRefusal(current.nationalNumberKind, next.kind) === 'national-to-bis') {
    throw nationalNumberRefused('nationalNumber.nationalToBis');
  }

  const disagreements = nationalNumberDisagreements(next, {
    birthDate: current.birthDate,
    sex: current.sex,
    previous: parsedOrNull(current.nationalNumber),
  });
  if (disagreements.includes('birthDate')) throw nationalNumberRefused('nationalNumber.birthDateMismatch');
  if (disagreements.includes('sex')) throw nationalNumberRefused('nationalNumber.sexMismatch');

  await tx.insert(affiliateNationalNumberHistory).values({
    employerId: current.employerId,
    affiliateId: current.id,
    previousNumber: current.nationalNumber,
    previousKind: current.nationalNumberKind,
    newNumber: next.value,
    newKind: next.kind,
    changedBy: actorUserId,
  });
  // the portal shows the contract from the day after the number is recorded
  return { nationalNumber: next.value, nationalNumberKind: next.kind, nationalNumberSince: today };
}
