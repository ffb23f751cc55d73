import { type Executor, schema } from '@groupdesk/db';
import { and, eq } from 'drizzle-orm';

export interface JournalEntry {
  employerId?: string | null;
  actorUserId?: string | null;
  actorKind?: 'user' | 'service' | 'system';
  kind: string;
  affiliateId?: string | null;
  targetUserId?: string | null;
  actionId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Write to the journal inside the transaction of the change it records, so neither exists without the other. */
export async function writeJournal(tx: Executor, entry: JournalEntry): Promise<void> {
  await tx.insert(schema.journalEntries).values({ actorKind: 'user', ...entry });
}

/**
 * An account manager's look at an employer's personal data is itself journaled (DESIGN.md, who uses it); the
 * employer's own users reading their data are not. `access` is the route's employer access.
 *
 * `affiliateId` may be a list's filter as typed in the query: only an affiliate of this employer is recorded
 * as the one the entry is about; any other value (unknown, or another employer's affiliate, whose name this
 * employer's journal must not show) is kept in `after` only.
 */
export async function journalAccountManagerRead(
  db: Executor,
  access: { employerId: string; access: string },
  actorUserId: string,
  entry: Omit<JournalEntry, 'employerId' | 'actorUserId' | 'actorKind'>,
): Promise<void> {
  if (access.access !== 'account-manager') return;
  const { affiliateId } = entry;
  const aboutOwnAffiliate = !affiliateId || (await isAffiliateOf(db, access.employerId, affiliateId));
  await writeJournal(db, {
    employerId: access.employerId,
    actorUserId,
    ...entry,
    ...(aboutOwnAffiliate ? {} : { affiliateId: null, after: { ...entry.after, affiliateId } }),
  });
}

async function isAffiliateOf(db: Executor, employerId: string, affiliateId: string): Promise<boolean> {
  const { affiliates } = schema;
  const [found] = await db
    .select({ id: affiliates.id })
    .from(affiliates)
    .where(and(eq(affiliates.id, affiliateId), eq(affiliates.employerId, employerId)));
  return found !== undefined;
}
