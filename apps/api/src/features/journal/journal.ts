import { type Executor, schema } from '@groupdesk/db';

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
 */
export async function journalAccountManagerRead(
  db: Executor,
  access: { employerId: string; access: string },
  actorUserId: string,
  entry: Omit<JournalEntry, 'employerId' | 'actorUserId' | 'actorKind'>,
): Promise<void> {
  if (access.access !== 'account-manager') return;
  await writeJournal(db, { employerId: access.employerId, actorUserId, ...entry });
}
