import { schema } from '@groupdesk/db';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { queueStatementNotices } from './statement-notices';

const { affiliates, benefitStatements, emailOutbox } = schema;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ WORKERS: '0' });
});
afterAll(async () => t.close());

/**
 * A statement of the `skip`-th affiliate having statements, after setting their addresses and service: one
 * affiliate per case (an affiliate has several statements, so picking statements could give two cases one person).
 */
async function statementOf(values: Partial<typeof affiliates.$inferInsert>, skip: number) {
  const [affiliate] = await t.db
    .selectDistinct({ id: benefitStatements.affiliateId })
    .from(benefitStatements)
    .orderBy(benefitStatements.affiliateId)
    .limit(1)
    .offset(skip);
  const [statement] = await t.db
    .select({ id: benefitStatements.id, affiliateId: benefitStatements.affiliateId })
    .from(benefitStatements)
    .where(eq(benefitStatements.affiliateId, affiliate!.id))
    .limit(1);
  // the exit's date decides, whatever the seed gave this affiliate
  const leftOn = values.employmentStatus === 'left' ? '2020-01-31' : null;
  await t.db
    .update(affiliates)
    .set({ ...values, leftOn })
    .where(eq(affiliates.id, statement!.affiliateId));
  return statement!;
}

const noticesOf = (affiliateId: string) =>
  t.db
    .select({ recipient: emailOutbox.recipient })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.affiliateId, affiliateId),
        eq(emailOutbox.kind, 'statement-notice'),
        isNotNull(emailOutbox.id),
      ),
    );

// "votre travailleur reçoit un e-mail à chaque mise à jour et ce, jusqu'à sa sortie de service. Votre
// travailleur doit également ajouter son adresse e-mail privée … afin que nous puissions l'avertir de toute
// mise à jour après sa sortie de service." (000_…, question 16)
describe('queueStatementNotices', () => {
  it.each([
    [
      'in service, both addresses',
      { employmentStatus: 'in-service', professionalEmail: 'w1@co.be', privateEmail: 'p1@me.be' },
      ['p1@me.be', 'w1@co.be'],
    ],
    [
      'in service, work address only',
      { employmentStatus: 'in-service', professionalEmail: 'w2@co.be', privateEmail: null },
      ['w2@co.be'],
    ],
    [
      'left, both addresses: the private one only',
      { employmentStatus: 'left', professionalEmail: 'w3@co.be', privateEmail: 'p3@me.be' },
      ['p3@me.be'],
    ],
    [
      'left, no private address: nobody',
      { employmentStatus: 'left', professionalEmail: 'w4@co.be', privateEmail: null },
      [],
    ],
    [
      'no address at all',
      { employmentStatus: 'in-service', professionalEmail: null, privateEmail: null },
      [],
    ],
  ] as const)('%s', async (_case, values, expected) => {
    const skip = ['w1', 'w2', 'w3', 'w4', 'none'].indexOf(values.professionalEmail?.slice(0, 2) ?? 'none');
    const statement = await statementOf(values, skip * 10);
    await queueStatementNotices(t.db, [statement.id]);
    // issued twice: still one notice per address
    await queueStatementNotices(t.db, [statement.id]);
    expect((await noticesOf(statement.affiliateId)).map((row) => row.recipient).sort()).toEqual(expected);
  });
});
