import type { AffiliateEvent, EventValues } from '@groupdesk/contracts';
import { type Executor, schema } from '@groupdesk/db';
import { and, desc, eq } from 'drizzle-orm';
import type { EmployerAccessContext } from '../access/employer-access';
import { affiliateScope } from '../affiliates/affiliate-scope';

const { affiliates, affiliateEvents, users } = schema;

const columns = {
  id: affiliateEvents.id,
  kind: affiliateEvents.kind,
  eventDate: affiliateEvents.eventDate,
  mutationDate: affiliateEvents.mutationDate,
  before: affiliateEvents.before,
  after: affiliateEvents.after,
  recordedBy: users.name,
  recordedAt: affiliateEvents.recordedAt,
  pending: affiliateEvents.pending,
};

interface Row extends Omit<AffiliateEvent, 'before' | 'after' | 'recordedAt'> {
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  recordedAt: Date;
}

/** A user limited to some contracts sees the guarantees of those contracts only. */
function shownValues(
  values: Record<string, unknown> | null,
  access: EmployerAccessContext,
): EventValues | null {
  if (values === null) return null;
  const typed = values as EventValues;
  if (access.contractIds === null || !typed.guarantees) return typed;
  const inScope = typed.guarantees.filter((entry) => access.contractIds!.includes(entry.contractId));
  return { ...typed, guarantees: inScope };
}

const eventOf = (row: Row, access: EmployerAccessContext): AffiliateEvent => ({
  ...row,
  before: shownValues(row.before, access),
  after: shownValues(row.after, access) ?? {},
  recordedAt: row.recordedAt.toISOString(),
});

/** The affiliate's history, newest event first; null when the affiliate is outside the user's scope. */
export async function listAffiliateEvents(
  db: Executor,
  access: EmployerAccessContext,
  affiliateId: string,
): Promise<AffiliateEvent[] | null> {
  const [affiliate] = await db
    .select({ id: affiliates.id })
    .from(affiliates)
    .where(and(affiliateScope(access), eq(affiliates.id, affiliateId)));
  if (!affiliate) return null;
  const rows = await db
    .select(columns)
    .from(affiliateEvents)
    .leftJoin(users, eq(users.id, affiliateEvents.recordedBy))
    .where(
      and(eq(affiliateEvents.employerId, access.employerId), eq(affiliateEvents.affiliateId, affiliateId)),
    )
    .orderBy(desc(affiliateEvents.eventDate), desc(affiliateEvents.id));
  return rows.map((row) => eventOf(row, access));
}

export async function findAffiliateEvent(
  db: Executor,
  access: EmployerAccessContext,
  eventId: number,
): Promise<AffiliateEvent | null> {
  const [row] = await db
    .select(columns)
    .from(affiliateEvents)
    .innerJoin(affiliates, eq(affiliates.id, affiliateEvents.affiliateId))
    .leftJoin(users, eq(users.id, affiliateEvents.recordedBy))
    .where(
      and(
        eq(affiliateEvents.employerId, access.employerId),
        affiliateScope(access),
        eq(affiliateEvents.id, eventId),
      ),
    );
  return row ? eventOf(row, access) : null;
}
