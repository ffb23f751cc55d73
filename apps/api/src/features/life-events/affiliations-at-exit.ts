import type { Executor } from '@groupdesk/db';
import { sql } from 'drizzle-orm';

/** An affiliation as the journal of an exit records it, before and after. */
export interface AffiliationAtExit {
  number: string;
  status: 'active' | 'passive';
  annualPremium: number | null;
}

export interface ExitedAffiliations {
  before: AffiliationAtExit[];
  after: AffiliationAtExit[];
}

/**
 * From the day an exit takes effect no premium is paid any more, while the reserves stay with the insurer
 * (seed 000: "polices passives : ces contrats ne font plus l'objet d'aucun versement de prime"): every active
 * affiliation of these affiliates becomes passive without an annual premium. A terminated one has no
 * reserves left and stays terminated. Every contract of the person, whatever the user's scope: the
 * employment that ends is one. Returns, per affiliate, the affiliations that changed.
 */
export async function makeAffiliationsPassive(
  tx: Executor,
  affiliateIds: string[],
): Promise<Map<string, ExitedAffiliations>> {
  const changed = new Map<string, ExitedAffiliations>();
  if (affiliateIds.length === 0) return changed;
  // one parameter however many affiliates leave on the same day
  const ids = sql`string_to_array(${affiliateIds.join(',')}, ',')::uuid[]`;
  // the CTE reads the rows as they were before the update of the same statement: the premium dropped
  const result = await tx.execute<{
    affiliate_id: string;
    number: string;
    annual_premium: string | null;
  }>(sql`
    with held as (
      select ac.id, ac.affiliate_id, gc.number, ac.annual_premium
      from affiliate_contracts ac
      join group_contracts gc on gc.id = ac.contract_id
      where ac.affiliate_id = any(${ids}) and ac.status = 'active'
    )
    update affiliate_contracts ac set status = 'passive', annual_premium = null
    from held
    where ac.id = held.id
    returning held.affiliate_id, held.number, held.annual_premium`);
  const rows = [...result.rows].sort((a, b) => a.number.localeCompare(b.number));
  for (const row of rows) {
    const entry = changed.get(row.affiliate_id) ?? { before: [], after: [] };
    const annualPremium = row.annual_premium === null ? null : Number(row.annual_premium);
    entry.before.push({ number: row.number, status: 'active', annualPremium });
    entry.after.push({ number: row.number, status: 'passive', annualPremium: null });
    changed.set(row.affiliate_id, entry);
  }
  return changed;
}
