import { type Executor, schema } from '@groupdesk/db';
import { and, eq, isNull } from 'drizzle-orm';

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
 * A change to a user's own account (password, two-factor sign-in, sessions) is written to the journal of every
 * employer they have access to, so that its Master Users see it; a user of no employer gets one entry of none.
 */
export async function writeAccountJournal(
  tx: Executor,
  entry: Omit<JournalEntry, 'employerId'> & { targetUserId: string },
): Promise<void> {
  const { memberships } = schema;
  const employers = await tx
    .select({ employerId: memberships.employerId })
    .from(memberships)
    .where(and(eq(memberships.userId, entry.targetUserId), isNull(memberships.revokedAt)));
  const employerIds = employers.length > 0 ? employers.map((row) => row.employerId) : [null];
  await tx
    .insert(schema.journalEntries)
    .values(employerIds.map((employerId) => ({ actorKind: 'user' as const, ...entry, employerId })));
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
