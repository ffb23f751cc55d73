import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, TEST_PASSWORD, belgianDay, createUser, loadDemoWorld } from '../../../test/fixtures';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

/**
 * Who may see and print statements, checked on the server for each route. Besides the demo logins:
 * peeters (HR of another employer), restricted (Van Damme HR for 530/00413 only), expired and revoked
 * (logged in before their access ended).
 */
type Actor =
  | 'anonymous'
  | 'viewer'
  | 'hr'
  | 'master'
  | 'accountManager'
  | 'peeters'
  | 'restricted'
  | 'expired'
  | 'revoked';
type Target = 'inContract' | 'outsideContract' | 'otherEmployer';
const RESTRICTED_CONTRACT = '530/00413';

let t: TestApp;
let world: DemoWorld;
const cookies = {} as Record<Actor, string | undefined>;
/** per target: an affiliate and one statement of theirs (on 530/00413 for `inContract`) */
const targets = {} as Record<Target, { affiliateId: string; statementId: string; year: number }>;

async function statementWhere(where: ReturnType<typeof sql>) {
  const result = await t.db.execute<{ affiliate_id: string; id: string; year: number }>(sql`
    select s.affiliate_id, s.id, s.year from benefit_statements s
    join group_contracts gc on gc.id = s.contract_id where ${where} order by s.id limit 1`);
  const row = result.rows[0]!;
  return { affiliateId: row.affiliate_id, statementId: row.id, year: row.year };
}

beforeAll(async () => {
  t = await createTestApp();
  world = await loadDemoWorld(t.db);
  const { employerId, contractId } = world;
  targets.inContract = await statementWhere(sql`gc.number = ${RESTRICTED_CONTRACT}`);
  targets.outsideContract = await statementWhere(sql`s.employer_id = ${employerId.vanDamme}
    and not exists (select 1 from affiliate_contracts ac where ac.affiliate_id = s.affiliate_id
      and ac.contract_id = ${contractId[RESTRICTED_CONTRACT]})`);
  targets.otherEmployer = await statementWhere(sql`s.employer_id = ${employerId.peeters}`);

  const vanDamme = (extra: object) => [{ employerId: employerId.vanDamme, ...extra }];
  const users: Array<[Actor, Parameters<typeof createUser>[1]['memberships']]> = [
    ['peeters', [{ employerId: employerId.peeters }]],
    ['restricted', vanDamme({ contractIds: [contractId[RESTRICTED_CONTRACT]!] })],
    ['expired', vanDamme({ endDate: belgianDay(0) })],
    ['revoked', vanDamme({})],
  ];
  for (const [actor, memberships] of users) {
    const email = `statements-${actor}@test.groupdesk.be`;
    await createUser(t.db, { email, memberships });
    cookies[actor] = await login(t.app, email, TEST_PASSWORD);
  }
  // logged in while their access ran; it ended since (yesterday, or revoked now), and with it the session
  await t.db.execute(sql`update memberships set end_date = ${belgianDay(-1)}
    where user_id = (select id from users where email = 'statements-expired@test.groupdesk.be')`);
  await t.db.execute(sql`update memberships set revoked_at = now()
    where user_id = (select id from users where email = 'statements-revoked@test.groupdesk.be')`);
  cookies.viewer = await login(t.app, 'viewer@demo.groupdesk.be');
  cookies.hr = await login(t.app, 'hr@demo.groupdesk.be');
  cookies.master = await login(t.app, 'master@demo.groupdesk.be');
  cookies.accountManager = await login(t.app, 'am@insurer.groupdesk.be');
});
afterAll(async () => t.close());

type Statuses = [list: number, pdf: number, print: number];
// every target is asked for under Van Damme's URL; the columns are the targets in the order of the type
// prettier-ignore
const matrix: Record<Actor, [inContract: Statuses, outsideContract: Statuses, otherEmployer: Statuses]> = {
  anonymous:      [[401, 401, 401], [401, 401, 401], [401, 401, 401]],
  viewer:         [[200, 200, 403], [200, 200, 403], [404, 404, 403]],
  hr:             [[200, 200, 202], [200, 200, 202], [404, 404, 404]],
  master:         [[200, 200, 202], [200, 200, 202], [404, 404, 404]],
  accountManager: [[200, 200, 403], [200, 200, 403], [404, 404, 403]],
  peeters:        [[404, 404, 404], [404, 404, 404], [404, 404, 404]],
  restricted:     [[200, 200, 202], [404, 404, 404], [404, 404, 404]],
  expired:        [[401, 401, 401], [401, 401, 401], [401, 401, 401]],
  revoked:        [[401, 401, 401], [401, 401, 401], [401, 401, 401]],
};

describe('access to the statement routes', () => {
  const order: Target[] = ['inContract', 'outsideContract', 'otherEmployer'];
  const cases = Object.entries(matrix).flatMap(([actor, row]) =>
    row.map((statuses, index) => [actor as Actor, order[index]!, ...statuses] as const),
  );

  it.each(cases)('%s, affiliate %s: list %i, PDF %i, print %i', async (actor, target, list, pdf, print) => {
    const as = client(t.app, cookies[actor]);
    const { affiliateId, statementId, year } = targets[target];
    const base = `/api/employers/${world.employerId.vanDamme}`;
    const expectStatus = (response: Awaited<ReturnType<typeof as.get>>, status: number) =>
      status >= 400 ? expectError(response, status) : expect(response.statusCode, response.body).toBe(status);
    expectStatus(await as.get(`${base}/affiliates/${affiliateId}/statements`), list);
    expectStatus(await as.get(`${base}/affiliates/${affiliateId}/statements/${statementId}/pdf`), pdf);
    expectStatus(
      await as.send({
        method: 'POST',
        url: `${base}/statements/prints`,
        payload: { year, affiliateIds: [affiliateId] },
      }),
      print,
    );
  });
});
