import type { Affiliation } from '@groupdesk/contracts';
import { type Database, type Transaction, schema } from '@groupdesk/db';
import { addIsoDuration, affiliationFormality, lacksCapitals, todayInBelgium } from '@groupdesk/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { invalidFields } from '../../lib/field-errors';
import type { EmployerAccessContext } from '../access/employer-access';
import { nationalNumberRefused, recordNationalNumber } from '../affiliates/national-number-update';
import { queueAddressEmails } from '../emails/address-emails';
import { writeJournal } from '../journal/journal';
import { activeAffiliateCounts } from './medical-formalities';

const { affiliates, affiliateContracts, affiliateEvents, groupContracts } = schema;

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';

/** Each requested contract with its plan and its formality; a 400 naming every wrong field otherwise. */
async function plannedAffiliations(tx: Transaction, access: EmployerAccessContext, body: Affiliation) {
  const ids = body.contracts.map((contract) => contract.contractId);
  const known = await tx
    .select({ id: groupContracts.id, number: groupContracts.number, planType: groupContracts.planType })
    .from(groupContracts)
    .where(and(eq(groupContracts.employerId, access.employerId), inArray(groupContracts.id, ids)));
  const counts = await activeAffiliateCounts(tx, ids);
  const problems: Parameters<typeof invalidFields>[0] = [];
  const planned = body.contracts.map((requested, index) => {
    const contract = known.find((row) => row.id === requested.contractId);
    const path = `contracts.${index}`;
    if (!contract || (access.contractIds !== null && !access.contractIds.includes(contract.id))) {
      problems.push({ path: `${path}.contractId`, code: 'contract.unknown' });
      return null;
    }
    // "other" is the table of an affiliate who chose another option than the organizer's: cafeteria only
    if (requested.otherOption && contract.planType !== 'cafeteria') {
      problems.push({ path: `${path}.otherOption`, code: 'affiliation.otherOptionClassic' });
      return null;
    }
    // the newcomer is one of the N affiliates once affiliated
    const cover = {
      ...requested,
      table: requested.otherOption ? ('other' as const) : ('organizer' as const),
      participants: (counts.get(contract.id) ?? 0) + 1,
    };
    if (lacksCapitals(cover)) {
      for (const field of ['capitalAtRisk', 'lifeCapital'] as const) {
        if (requested[field] === undefined) {
          problems.push({ path: `${path}.${field}`, code: 'medicalAcceptance.capitalsRequired' });
        }
      }
      return null;
    }
    return { contract, requested, table: cover.table, formality: affiliationFormality(cover) };
  });
  if (problems.length > 0) throw invalidFields(problems);
  return planned.filter((entry) => entry !== null);
}

/**
 * A new affiliate with their contracts, in one transaction: the person, the number (refused like the
 * affiliate form refuses it), each affiliation with its medical formality (pending acceptance when one is
 * asked), the affiliation in the history, the journal, and the confirmation of the professional address.
 */
export async function createAffiliation(
  db: Database,
  access: EmployerAccessContext,
  actorUserId: string,
  body: Affiliation,
  emails: { invitationDelay: string },
): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const planned = await plannedAffiliations(tx, access, body);
      const now = new Date();
      const email = body.professionalEmail ?? null;
      const [created] = await tx
        .insert(affiliates)
        .values({
          employerId: access.employerId,
          lastName: body.lastName,
          firstName: body.firstName,
          birthDate: body.birthDate,
          sex: body.sex,
          language: body.language,
          professionalEmail: email,
          professionalEmailSince: email ? now : null,
          professionalEmailChangedAt: email ? now : null,
          category: body.category,
          occupancyRate: body.occupancyRate,
          familySituation: body.familySituation,
        })
        .returning();
      const affiliate = created!;
      const numberColumns = await recordNationalNumber(
        tx,
        access,
        affiliate,
        body.nationalNumber,
        actorUserId,
        todayInBelgium(),
      );
      await tx.update(affiliates).set(numberColumns).where(eq(affiliates.id, affiliate.id));

      await tx.insert(affiliateContracts).values(
        planned.map(({ contract, requested, table, formality }) => ({
          employerId: access.employerId,
          affiliateId: affiliate.id,
          contractId: contract.id,
          status: 'active' as const,
          affiliationDate: body.startDate,
          // the insurer computes the premium from the plan
          annualPremium: null,
          // the capitals typed for the formality stay with the guarantees: a later increase is weighed
          // against the same life capital and moves the same capital at risk (0: not told, until the insurer's)
          guarantees: {
            retirementCapital: requested.lifeCapital ?? 0,
            deathCapital: requested.deathCapital,
            disabilityAnnuity: requested.disabilityAnnuity,
            premiumWaiver: requested.premiumWaiver,
            ...(requested.capitalAtRisk === undefined ? {} : { capitalAtRisk: requested.capitalAtRisk }),
          },
          acceptanceTable: table,
          medicalFormality: formality,
          medicalAcceptance: formality === 'none' ? ('not-required' as const) : ('pending' as const),
        })),
      );
      const after = {
        category: body.category,
        occupancyRate: body.occupancyRate,
        familySituation: body.familySituation,
        guarantees: planned.map(({ contract, requested, formality }) => ({
          contractId: contract.id,
          number: contract.number,
          deathCapital: requested.deathCapital,
          disabilityAnnuity: requested.disabilityAnnuity,
          medicalFormality: formality,
        })),
      };
      await tx.insert(affiliateEvents).values({
        employerId: access.employerId,
        affiliateId: affiliate.id,
        kind: 'affiliation',
        eventDate: body.startDate,
        after,
        recordedBy: actorUserId,
      });
      await writeJournal(tx, {
        employerId: access.employerId,
        actorUserId,
        kind: 'affiliate.affiliated',
        affiliateId: affiliate.id,
        after: {
          lastName: body.lastName,
          firstName: body.firstName,
          nationalNumber: numberColumns.nationalNumber,
          professionalEmail: email,
          startDate: body.startDate,
          ...after,
        },
      });
      if (email) {
        await queueAddressEmails(tx, {
          employerId: access.employerId,
          cause: `affiliation:${affiliate.id}`,
          affiliateIds: [affiliate.id],
          invitationsAt: addIsoDuration(now, emails.invitationDelay),
        });
      }
      return affiliate.id;
    });
  } catch (error) {
    // two users giving the same number at the same moment: the unique index decides
    if (isUniqueViolation(error)) throw nationalNumberRefused('nationalNumber.taken');
    throw error;
  }
}
