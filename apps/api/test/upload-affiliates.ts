import { schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import type { EmployerAccessContext } from '../src/features/access/employer-access';
import type { TestApp } from './test-app';

type Db = TestApp['db'];

/** When the export the upload tests send back was taken. */
export const exportedAt = new Date('2026-06-10T09:00:00Z');

/**
 * The affiliates the upload validation tests name, by a short name: each with the one trait a rule looks at.
 * a4 is outside the contract that `limitedAccess` sees; a6's address changed after `exportedAt`.
 */
const traits = {
  a1: {},
  a2: { professionalEmail: 'old@company.be' },
  a3: { professionalEmail: 'kept@company.be' },
  a4: { professionalEmail: 'outside@company.be' },
  // a number no seeded affiliate has; Excel shows it as 123456789
  a5: { nationalNumber: '00123456789' },
  a6: { professionalEmail: 'moved@company.be', professionalEmailChangedAt: new Date('2026-06-12T10:00:00Z') },
  a7: { employmentStatus: 'left' as const },
  a8: { professionalEmail: 'leaving@company.be' },
  // registered on the portal: an address added now brings no invitation
  a9: { portalRegisteredAt: new Date('2026-01-05T10:00:00Z') },
  a10: {},
  a11: {},
  a12: {},
  a13: {},
};
export type TestAffiliate = keyof typeof traits;

/**
 * Adds the test affiliates to an employer (born 15 March 1985, Excel serial 31121; named `Name a1 First`…), all
 * but a4 affiliated to one of its contracts, and returns their ids and the access of a user limited to that
 * contract.
 */
export async function addUploadAffiliates(db: Db, employerId: string) {
  const [contract] = await db
    .select({ id: schema.groupContracts.id })
    .from(schema.groupContracts)
    .where(eq(schema.groupContracts.employerId, employerId))
    .limit(1);
  if (!contract) throw new Error(`employer ${employerId} has no contract`);
  const ids = {} as Record<TestAffiliate, string>;
  for (const [name, values] of Object.entries(traits) as [TestAffiliate, (typeof traits)[TestAffiliate]][]) {
    const [row] = await db
      .insert(schema.affiliates)
      .values({
        employerId,
        lastName: `Name ${name}`,
        firstName: 'First',
        birthDate: '1985-03-15',
        language: 'fr',
        ...values,
      })
      .returning({ id: schema.affiliates.id });
    ids[name] = row!.id;
    if (name === 'a4') continue;
    await db.insert(schema.affiliateContracts).values({
      employerId,
      affiliateId: row!.id,
      contractId: contract.id,
      status: 'active',
      affiliationDate: '2020-01-01',
      guarantees: { retirementCapital: 0, deathCapital: 0, disabilityAnnuity: 0, premiumWaiver: false },
    });
  }
  const limitedAccess: EmployerAccessContext = {
    employerId,
    employerName: 'test employer',
    access: 'write',
    canWrite: true,
    contractIds: [contract.id],
    endDate: null,
  };
  return { ids, contractId: contract.id, limitedAccess };
}
