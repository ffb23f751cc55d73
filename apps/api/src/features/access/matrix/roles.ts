import { sql } from 'drizzle-orm';
import { type DemoWorld, TEST_PASSWORD, createUser, belgianDay } from '../../../../test/fixtures';
import { DEMO_PASSWORD, type TestApp } from '../../../../test/test-app';

/**
 * The roles of the route matrix, each one account. The employer under test is Brasserie Van Damme:
 * - read, write, master: its demo HR officers (consultation, consultation et inscription) and Master User
 * - accountManager: the insurer's account manager, Van Damme in their portfolio
 * - otherEmployer: an HR officer (write) of Drukkerij Peeters only
 * - outOfScope: a Van Damme HR officer (write) limited to contract 530/00413, asked about affiliates outside it
 * - expired: an external consultant of Van Damme (write) whose mission ended yesterday: their session was
 *   opened while it still ran (see `MatrixContext.freshCookie`)
 */
export const roles = [
  'anonymous',
  'read',
  'write',
  'master',
  'accountManager',
  'otherEmployer',
  'outOfScope',
  'expired',
] as const;
export type Role = (typeof roles)[number];
export type LoggedInRole = Exclude<Role, 'anonymous'>;

export const RESTRICTED_CONTRACT = '530/00413';

export const accounts: Record<LoggedInRole, { email: string; password: string }> = {
  read: { email: 'viewer@demo.groupdesk.be', password: DEMO_PASSWORD },
  write: { email: 'hr@demo.groupdesk.be', password: DEMO_PASSWORD },
  master: { email: 'master@demo.groupdesk.be', password: DEMO_PASSWORD },
  accountManager: { email: 'am@insurer.groupdesk.be', password: DEMO_PASSWORD },
  otherEmployer: { email: 'matrix-peeters@test.groupdesk.be', password: TEST_PASSWORD },
  outOfScope: { email: 'matrix-one-contract@test.groupdesk.be', password: TEST_PASSWORD },
  expired: { email: 'matrix-expired@test.groupdesk.be', password: TEST_PASSWORD },
};

/** Each role sends its requests from an address of its own, as separate people do. */
export const addressOf = (role: Role) => `192.0.2.${roles.indexOf(role) + 10}`;

export async function createRoleUsers(t: TestApp, world: DemoWorld) {
  const { employerId, contractId } = world;
  await createUser(t.db, {
    email: accounts.otherEmployer.email,
    memberships: [{ employerId: employerId.peeters }],
  });
  await createUser(t.db, {
    email: accounts.outOfScope.email,
    memberships: [{ employerId: employerId.vanDamme, contractIds: [contractId[RESTRICTED_CONTRACT]!] }],
  });
  await createUser(t.db, {
    email: accounts.expired.email,
    memberships: [{ employerId: employerId.vanDamme, endDate: belgianDay(-1) }],
  });
}

/** The password hashes as they are now, to put back after a row changed a password. */
export async function passwordHashes(t: TestApp): Promise<Map<string, string>> {
  const result = await t.db.execute<{ email: string; password_hash: string }>(
    sql`select email, password_hash from users where password_hash is not null`,
  );
  return new Map(result.rows.map((row) => [row.email, row.password_hash]));
}
