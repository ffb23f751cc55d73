import { randomUUID } from 'node:crypto';
import { hashPassword } from '@groupdesk/api/src/features/session/session-service';
import { createDatabase } from '@groupdesk/db';
import { makeEnterpriseNumber } from '@groupdesk/domain';
// the demo seed's names: the bench uses the same mix of French, Dutch and accented names, not a copy
import { femaleFirstNames, lastNames, maleFirstNames } from '../../packages/db/src/seed/names';
import { withoutIndexesAndForeignKeys } from './bulk-load';
import { employerSizes } from './employer-sizes';
import { insertAffiliateContracts, insertAffiliates, insertEmployers } from './seed-sql';

export const BENCH_USER_EMAIL = 'master@bench.groupdesk.be';
/** The load test logs in with it, as a browser would */
export const BENCH_USER_PASSWORD = 'groupdesk-bench-password';

export interface BenchEmployer {
  employerId: string;
  affiliates: number;
}

export interface BenchData {
  /** every employer, largest first */
  employers: BenchEmployer[];
  /** the one of 100,000 affiliates (a tenth of them): the round trip and the list are measured on it */
  largest: BenchEmployer;
  /** about a hundredth and a tenth of the largest: the exports whose memory the largest's is compared with */
  small: BenchEmployer;
  medium: BenchEmployer;
  /** wall time of each step, in seconds */
  steps: Record<string, number>;
}

/** The employer whose size is the nearest to `size`. */
const nearest = (employers: BenchEmployer[], size: number) =>
  employers.reduce((best, employer) =>
    Math.abs(employer.affiliates - size) < Math.abs(best.affiliates - size) ? employer : best,
  );

/**
 * `affiliates` over `employers` employers, built with set-based SQL in one statement per table, the
 * indexes built and the foreign keys checked once afterwards; and one Master User, with a password, of the employers the bench
 * measures (a Master User of 2,000 employers is not what the list is used by).
 */
export async function seedBenchData(
  url: string,
  options: { affiliates: number; employers: number },
): Promise<BenchData> {
  const sizes = employerSizes(options.affiliates, options.employers);
  const employers = sizes.map((affiliates) => ({ employerId: randomUUID(), affiliates }));
  const firstKs = sizes.map((_, index) => sizes.slice(0, index).reduce((sum, n) => sum + n, 0));
  const { pool } = createDatabase(url, { max: 1 });
  const steps: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    steps[name] = (performance.now() - start) / 1000;
  };
  try {
    await step('employers and contracts', () =>
      pool.query(insertEmployers, [
        employers.map((employer) => employer.employerId),
        sizes.map((n, index) => `Bench ${index + 1} (${n.toLocaleString('en')}) SA`),
        sizes.map((_, index) => makeEnterpriseNumber(9_100_000 + index)),
      ]),
    );
    const restore = await withoutIndexesAndForeignKeys(pool, ['affiliates', 'affiliate_contracts']);
    await step('affiliates', () =>
      pool.query(insertAffiliates, [
        employers.map((employer) => employer.employerId),
        firstKs,
        sizes,
        lastNames,
        maleFirstNames,
        femaleFirstNames,
      ]),
    );
    await step('affiliations to contracts', () => pool.query(insertAffiliateContracts));
    await step('indexes and foreign keys', restore);
    const largest = employers[0]!;
    const small = nearest(employers, Math.max(Math.round(largest.affiliates / 100), 1));
    const medium = nearest(employers, Math.max(Math.round(largest.affiliates / 10), 1));
    await step('user', async () => {
      const user = await pool.query<{ id: string }>(
        `insert into users (email, name, language, password_hash) values ($1, 'Bench Master', 'fr', $2)
         returning id`,
        [BENCH_USER_EMAIL, await hashPassword(BENCH_USER_PASSWORD)],
      );
      await pool.query(
        `insert into memberships (user_id, employer_id, role, profile)
         select $1, unnest($2::uuid[]), 'master', 'write'`,
        [user.rows[0]!.id, [...new Set([largest, medium, small].map((employer) => employer.employerId))]],
      );
    });
    // fresh statistics and visibility map, as a long-lived database would have
    await step('vacuum analyze', () => pool.query('vacuum analyze'));
    return { employers, largest, medium, small, steps };
  } finally {
    await pool.end();
  }
}
