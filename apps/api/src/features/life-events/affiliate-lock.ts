import { type Transaction, schema } from '@groupdesk/db';
import { and, eq, min } from 'drizzle-orm';
import { notFound } from '../../lib/errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';

const { affiliates, affiliateContracts } = schema;

/**
 * The affiliate a change is about, locked until the transaction ends so that two changes of one person are
 * recorded one after the other; with the day their first affiliation started. 404 outside the user's scope.
 */
export async function lockAffiliate(tx: Transaction, access: EmployerAccessContext, affiliateId: string) {
  const [affiliate] = await tx
    .select()
    .from(affiliates)
    .where(and(affiliateScope(access), eq(affiliates.id, affiliateId)))
    .for('update');
  if (!affiliate) throw notFound('Affiliate');
  const [first] = await tx
    .select({ day: min(affiliateContracts.affiliationDate) })
    .from(affiliateContracts)
    .where(eq(affiliateContracts.affiliateId, affiliateId));
  return { affiliate, affiliatedSince: first?.day ?? null };
}
