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
