import { createHash } from 'node:crypto';
import { addDays, makeEnterpriseNumber, todayInBelgium } from '@groupdesk/domain';
import { hash } from '@node-rs/argon2';
import { count } from 'drizzle-orm';
import type { Database, Transaction } from '../client';
import {
  affiliateContracts,
  affiliates,
  benefitStatements,
  employers,
  groupContracts,
  memberships,
  portfolios,
  users,
} from '../schema/index';
import { type DemoAffiliate, type DemoLink, makeAffiliate, makeLinks } from './affiliates';
import { DEMO_PASSWORD } from './demo-logins';
import { seedLifeEvents } from './life-events';
import { createRandom } from './random';
import { statementFigures } from './statement-figures';

export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins';
export type SeedSize = 'full' | 'small';

interface EmployerPlan {
  name: string;
  base8: number;
  language: 'fr' | 'nl' | 'en';
  domain: string;
  affiliates: { full: number; small: number };
  contracts: Array<{
    number: string;
    name: string;
    planType: 'classic' | 'cafeteria';
    personalRiskPeriodDays: number;
    startDate: string;
  }>;
}

export const demoEmployers: EmployerPlan[] = [
  {
    name: 'Brasserie Van Damme SA',
    base8: 4_031_707,
    language: 'fr',
    domain: 'vandamme.be',
    affiliates: { full: 5_000, small: 120 },
    contracts: [
      {
        number: '530/00412',
        name: 'Plan employés',
        planType: 'classic',
        personalRiskPeriodDays: 30,
        startDate: '2005-01-01',
      },
      {
        number: '530/00413',
        name: 'Plan cadres (cafétéria)',
        planType: 'cafeteria',
        personalRiskPeriodDays: 90,
        startDate: '2012-01-01',
      },
      {
        number: '530/00198',
        name: 'Ancien plan ouvriers',
        planType: 'classic',
        personalRiskPeriodDays: 30,
        startDate: '1998-01-01',
      },
    ],
  },
  {
    name: 'Atelier Lumière SRL',
    base8: 8_123_456,
    language: 'fr',
    domain: 'atelier-lumiere.be',
    affiliates: { full: 240, small: 30 },
    contracts: [
      {
        number: '530/01877',
        name: 'Assurance de groupe',
        planType: 'classic',
        personalRiskPeriodDays: 60,
        startDate: '2015-07-01',
      },
    ],
  },
  {
    name: 'Drukkerij Peeters NV',
    base8: 4_567_890,
    language: 'nl',
    domain: 'drukkerij-peeters.be',
    affiliates: { full: 180, small: 30 },
    contracts: [
      {
        number: '530/02250',
        name: 'Groepsverzekering bedienden',
        planType: 'classic',
        personalRiskPeriodDays: 30,
        startDate: '2010-01-01',
      },
      {
        number: '530/02251',
        name: 'Groepsverzekering kaderleden',
        planType: 'cafeteria',
        personalRiskPeriodDays: 180,
        startDate: '2018-01-01',
      },
    ],
  },
  {
    name: 'Nordwind Logistics SA',
    base8: 6_543_210,
    language: 'en',
    domain: 'nordwind.eu',
    affiliates: { full: 90, small: 20 },
    contracts: [
      {
        number: '530/03100',
        name: 'Group pension plan',
        planType: 'classic',
        personalRiskPeriodDays: 365,
        startDate: '2019-04-01',
      },
    ],
  },
];

/**
 * The years the demo has statements of: the five before today's, oldest first. A year's statements are
 * issued during the next one, so the newest is last year's, as the print form offers by default.
 */
export function demoStatementYears(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return [5, 4, 3, 2, 1].map((yearsBack) => current - yearsBack);
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 1_000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * The demo: four employers (one with about 5,000 affiliates), contracts of every status, valid national and
 * BIS numbers (some born after 2000, some missing), five years of statements and the demo logins.
 * Runs once: returns false when the database already holds employers. One transaction: all or nothing.
 */
export async function seedDemo(
  db: Database,
  options: { size: SeedSize; today?: string; log?: (message: string) => void },
): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(employers);
  if ((existing?.n ?? 0) > 0) return false;
  const today = options.today ?? todayInBelgium();
  const random = createRandom(20_260_101);
  options.log?.(`Seeding the demo data (${options.size})…`);
  await db.transaction(async (tx) => {
    const employerIds = await seedEmployers(tx, options.size, today, random);
    await seedUsers(tx, employerIds);
    // after everything else, so that the random draws of the rest stay what they were
    await seedLifeEvents(tx, employerIds[0]!, today);
  });
  options.log?.('Demo data ready.');
  return true;
}

/**
 * The same id for the same demo row on every machine (a UUID in version-4 form, from a hash), so that what
 * a test picks "first by id" is the same affiliate in CI as on the machine that wrote the test.
 */
function demoId(kind: string, n: number): string {
  const hex = createHash('sha256').update(`groupdesk-demo:${kind}:${n}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function seedEmployers(
  tx: Transaction,
  size: SeedSize,
  today: string,
  random: ReturnType<typeof createRandom>,
) {
  const employerIds: string[] = [];
  const taken = new Set<string>();
  let sequence = 0;
  for (const plan of demoEmployers) {
    const [employer] = await tx
      .insert(employers)
      .values({
        name: plan.name,
        enterpriseNumber: makeEnterpriseNumber(plan.base8),
        language: plan.language,
        notificationEmail: `hr-team@${plan.domain}`,
      })
      .returning({ id: employers.id });
    const employerId = employer!.id;
    employerIds.push(employerId);
    const contracts = await tx
      .insert(groupContracts)
      .values(plan.contracts.map((contract) => ({ ...contract, employerId })))
      .returning({ id: groupContracts.id });

    const people: DemoAffiliate[] = [];
    const links: DemoLink[] = [];
    for (let i = 0; i < plan.affiliates[size]; i += 1) {
      sequence += 1;
      const affiliate = makeAffiliate(random, {
        id: demoId('affiliate', sequence),
        domain: plan.domain,
        language: plan.language,
        sequence,
        today,
        taken,
      });
      people.push(affiliate);
      links.push(...makeLinks(random, affiliate, contracts.length, today));
    }
    await insertInBatches(people, (batch) =>
      tx.insert(affiliates).values(
        batch.map((person) => ({
          ...person,
          employerId,
          nationalNumberSince: person.nationalNumber ? addDays(today, -random.int(30, 3_000)) : null,
          professionalEmailSince: person.professionalEmail
            ? new Date(`${addDays(today, -random.int(10, 900))}T08:00:00Z`)
            : null,
        })),
      ),
    );
    const linkRows = links.map((link, index) => ({
      id: demoId(`${plan.name}:affiliate-contract`, index),
      employerId,
      affiliateId: link.affiliateId,
      contractId: contracts[link.contractIndex]!.id,
      status: link.status,
      affiliationDate: link.affiliationDate,
      terminationDate: link.terminationDate,
      reserves: link.reserves,
      annualPremium: link.annualPremium,
      guarantees: link.guarantees,
    }));
    await insertInBatches(linkRows, (batch) => tx.insert(affiliateContracts).values(batch));

    const years = demoStatementYears(today);
    const statements = links.flatMap((link, index) =>
      years
        .filter((year) => `${year}-01-01` >= link.affiliationDate.slice(0, 4) + '-01-01')
        .filter((year) => !link.terminationDate || `${year}-01-01` <= link.terminationDate)
        .map((year) => ({
          employerId,
          affiliateId: link.affiliateId,
          contractId: linkRows[index]!.contractId,
          year,
          issueDate: `${year}-06-15`,
          figures: statementFigures(link, year, {
            lastYear: years.at(-1)!,
            personalRiskPeriodDays: plan.contracts[link.contractIndex]!.personalRiskPeriodDays,
          }),
        })),
    );
    await insertInBatches(statements, (batch) => tx.insert(benefitStatements).values(batch));
  }
  return employerIds;
}

async function seedUsers(tx: Transaction, employerIds: string[]) {
  const passwordHash = await hash(DEMO_PASSWORD, {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const [vanDamme, lumiere, peeters] = employerIds as [string, string, string, string];
  const created = await tx
    .insert(users)
    .values([
      { email: 'master@demo.groupdesk.be', name: 'Sophie Master', language: 'fr', passwordHash },
      { email: 'hr@demo.groupdesk.be', name: 'Hugo Renard', language: 'fr', passwordHash },
      { email: 'viewer@demo.groupdesk.be', name: 'Vera Wouters', language: 'nl', passwordHash },
      {
        email: 'am@insurer.groupdesk.be',
        name: 'Alex Manager',
        language: 'en',
        passwordHash,
        kind: 'account-manager',
      },
    ])
    .returning({ id: users.id, email: users.email });
  const idOf = (email: string) => created.find((user) => user.email === email)!.id;
  await tx.insert(memberships).values([
    { userId: idOf('master@demo.groupdesk.be'), employerId: vanDamme, role: 'master', profile: 'write' },
    { userId: idOf('master@demo.groupdesk.be'), employerId: lumiere, role: 'master', profile: 'write' },
    { userId: idOf('hr@demo.groupdesk.be'), employerId: vanDamme, role: 'hr', profile: 'write' },
    { userId: idOf('viewer@demo.groupdesk.be'), employerId: vanDamme, role: 'hr', profile: 'read' },
  ]);
  await tx.insert(portfolios).values(
    [vanDamme, lumiere, peeters].map((employerId) => ({
      accountManagerId: idOf('am@insurer.groupdesk.be'),
      employerId,
    })),
  );
}
