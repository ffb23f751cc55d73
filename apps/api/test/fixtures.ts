import { demoStatementYears, schema } from '@groupdesk/db';
import { addDays, todayInBelgium } from '@groupdesk/domain';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { hashPassword } from '../src/features/session/session-service';
import { hashToken } from '../src/features/session/session-store';
import { SEED_TODAY } from './global-setup';
import type { TestApp } from './test-app';

type Db = TestApp['db'];

/** The demo employers of the seed, by a short name. */
export const DEMO_EMPLOYERS = {
  vanDamme: 'Brasserie Van Damme SA',
  lumiere: 'Atelier Lumière SRL',
  peeters: 'Drukkerij Peeters NV',
  nordwind: 'Nordwind Logistics SA',
} as const;
export type DemoEmployer = keyof typeof DEMO_EMPLOYERS;

export interface DemoWorld {
  employerId: Record<DemoEmployer, string>;
  /** group contracts by number ('530/00412') */
  contractId: Record<string, string>;
}

export async function loadDemoWorld(db: Db): Promise<DemoWorld> {
  const employers = await db
    .select({ id: schema.employers.id, name: schema.employers.name })
    .from(schema.employers);
  const contracts = await db
    .select({ id: schema.groupContracts.id, number: schema.groupContracts.number })
    .from(schema.groupContracts);
  const idOf = (name: string) => {
    const employer = employers.find((row) => row.name === name);
    if (!employer) throw new Error(`the seed has no employer ${name}`);
    return employer.id;
  };
  return {
    employerId: {
      vanDamme: idOf(DEMO_EMPLOYERS.vanDamme),
      lumiere: idOf(DEMO_EMPLOYERS.lumiere),
      peeters: idOf(DEMO_EMPLOYERS.peeters),
      nordwind: idOf(DEMO_EMPLOYERS.nordwind),
    },
    contractId: Object.fromEntries(contracts.map((row) => [row.number, row.id])),
  };
}

export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

export interface TestMembership {
  employerId: string;
  role?: 'master' | 'hr';
  profile?: 'read' | 'write';
  /** the only contracts the user may see; all of them when left out */
  contractIds?: string[];
  endDate?: string | null;
  revokedAt?: Date | null;
}

/** A user of our own (password TEST_PASSWORD), so that a test changes nothing the others rely on. */
export async function createUser(
  db: Db,
  user: { email: string; kind?: 'employer' | 'account-manager' | 'admin'; memberships?: TestMembership[] },
): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const [created] = await db
    .insert(schema.users)
    .values({
      email: user.email,
      name: user.email.split('@')[0]!,
      passwordHash: await testPasswordHash,
      kind: user.kind,
    })
    .returning({ id: schema.users.id });
  const userId = created!.id;
  for (const membership of user.memberships ?? []) {
    const [row] = await db
      .insert(schema.memberships)
      .values({
        userId,
        employerId: membership.employerId,
        role: membership.role ?? 'hr',
        profile: membership.profile ?? 'write',
        allContracts: membership.contractIds === undefined,
        endDate: membership.endDate ?? null,
        revokedAt: membership.revokedAt ?? null,
      })
      .returning({ id: schema.memberships.id });
    if (membership.contractIds?.length) {
      await db
        .insert(schema.membershipContracts)
        .values(membership.contractIds.map((contractId) => ({ membershipId: row!.id, contractId })));
    }
  }
  return userId;
}

/** The sessions row of a Cookie header returned by login(): the table keys sessions by the token's hash. */
export function sessionIdOf(cookieHeader: string): string {
  const signed = cookieHeader.slice(cookieHeader.indexOf('=') + 1);
  const token = signed.slice(0, signed.lastIndexOf('.'));
  return hashToken(token);
}

export async function journalEntriesOf(db: Db, affiliateId: string) {
  return db
    .select()
    .from(schema.journalEntries)
    .where(eq(schema.journalEntries.affiliateId, affiliateId))
    .orderBy(schema.journalEntries.id);
}

/** The years the seeded test database has statements of, oldest first: the seed's rule on its day. */
export const seededStatementYears = demoStatementYears(SEED_TODAY);

/** The date the API calls today (Brussels), moved by some days. */
export function belgianDay(offsetDays = 0): string {
  return addDays(todayInBelgium(), offsetDays);
}

/**
 * In-service affiliates of an employer with one active affiliation paying a premium and no history of their
 * own (the demo's seeded events stay out of the way), first by id: what tests of life events start from.
 */
export async function singleActiveAffiliations(db: Db, employerId: string) {
  const { affiliates, affiliateContracts } = schema;
  const rows = await db
    .select({
      id: affiliates.id,
      contractId: affiliateContracts.contractId,
      premium: affiliateContracts.annualPremium,
    })
    .from(affiliates)
    .innerJoin(affiliateContracts, eq(affiliateContracts.affiliateId, affiliates.id))
    .where(
      and(
        eq(affiliates.employerId, employerId),
        eq(affiliates.employmentStatus, 'in-service'),
        eq(affiliateContracts.status, 'active'),
        isNotNull(affiliateContracts.annualPremium),
        sql`(select count(*) from affiliate_contracts ac where ac.affiliate_id = ${affiliates.id}) = 1`,
        sql`not exists (select 1 from affiliate_events e where e.affiliate_id = ${affiliates.id})`,
      ),
    )
    .orderBy(affiliates.id);
  return rows.map((row) => ({ ...row, premium: row.premium! }));
}
