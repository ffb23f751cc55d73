import { validationMessages } from '@groupdesk/contracts';
import type { ValidationMessageKey } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { type NationalNumber, nationalNumberDisagreements, parseNationalNumber } from '@groupdesk/domain';
import { and, eq, ne } from 'drizzle-orm';
import { HttpError } from '../../lib/errors';

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

/**
 * Records a new national/BIS number for an affiliate (locked by the caller): refused when another affiliate
 * of the insurer holds it, or when it says another birth date or sex than the person's; the number it
 * replaces goes to the history with who changed it. Returns the columns to update.
 */
export async function recordNationalNumber(
  tx: Executor,
  current: AffiliateRow,
  input: string,
  actorUserId: string,
  today: string,
): Promise<Partial<AffiliateRow>> {
  const next = parsedOrNull(input);
  if (next === null) throw new Error('the body schema lets only valid numbers through');

  const [holder] = await tx
    .select({ employerId: affiliates.employerId })
    .from(affiliates)
    .where(and(eq(affiliates.nationalNumber, next.value), ne(affiliates.id, current.id)));
  if (holder) {
    // another employer's affiliate is not ours to show: only say where to turn
    throw nationalNumberRefused(
      holder.employerId === current.employerId ? 'nationalNumber.taken' : 'nationalNumber.takenElsewhere',
    );
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
