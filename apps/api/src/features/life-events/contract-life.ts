import type { AffiliateDetail } from '@groupdesk/contracts';
import { isPremiumSuspendedOn } from '@groupdesk/domain';

type Acceptance = NonNullable<AffiliateDetail['contracts'][number]['medicalAcceptance']>;

interface StoredLife {
  annualPremium: number | null;
  acceptanceTable: Acceptance['table'] | null;
  medicalFormality: Acceptance['formality'] | null;
  medicalAcceptance: Acceptance['state'] | null;
}

/**
 * What an affiliation shows of the affiliate's life: the premium due on `day` (none while a suspension of
 * the employment contract is in force, from its mutation date to the return's) and the medical acceptance.
 */
export function lifeOfContract<T extends StoredLife>(
  link: T,
  suspendedFrom: string | null,
  suspendedUntil: string | null,
  day: string,
) {
  const { acceptanceTable, medicalFormality, medicalAcceptance, ...rest } = link;
  const premiumSuspension = suspendedFrom === null ? null : { from: suspendedFrom, until: suspendedUntil };
  return {
    ...rest,
    annualPremium: isPremiumSuspendedOn(premiumSuspension, day) ? null : link.annualPremium,
    premiumSuspension,
    medicalAcceptance:
      medicalAcceptance && medicalFormality
        ? { state: medicalAcceptance, formality: medicalFormality, table: acceptanceTable ?? 'organizer' }
        : null,
  };
}
