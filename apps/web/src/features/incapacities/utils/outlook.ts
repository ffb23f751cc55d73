import type { AffiliateDetail, Incapacity } from '@groupdesk/contracts';
import {
  type IncapacityCause,
  incapacityTimeline,
  insurerStartsOf,
  isDeclarationLate,
} from '@groupdesk/domain';

/** What follows from an incapacity: the employer's guaranteed pay, the insurer's start per contract, the deadline. */
export type IncapacityOutlook = Pick<
  Incapacity,
  | 'guaranteedPayEnd'
  | 'statutoryBenefitFrom'
  | 'statutoryBenefitPayer'
  | 'reportingDeadline'
  | 'late'
  | 'contracts'
>;

/**
 * The outlook of a declaration being typed, by the rules the API applies (seed 002), for the affiliate's
 * active contracts; null until the first day and the cause are known.
 */
export function outlookOf(
  input: { firstDay: string | null; cause: IncapacityCause | null; doctorAssessedOn: string | null },
  contracts: AffiliateDetail['contracts'],
  today: string,
): IncapacityOutlook | null {
  const { firstDay, cause } = input;
  if (!firstDay || !cause) return null;
  const doctorAssessedOn =
    input.doctorAssessedOn && input.doctorAssessedOn >= firstDay ? input.doctorAssessedOn : undefined;
  const timelineFor = (personalRiskPeriodDays: number) =>
    incapacityTimeline({ firstDay, cause, personalRiskPeriodDays, doctorAssessedOn });
  // guaranteed pay, statutory benefit and deadline do not depend on the personal risk period
  const common = timelineFor(30);
  return {
    guaranteedPayEnd: common.guaranteedPayEnd,
    statutoryBenefitFrom: common.statutoryBenefitFrom,
    statutoryBenefitPayer: common.statutoryBenefitPayer,
    reportingDeadline: common.reportingDeadline,
    late: isDeclarationLate(firstDay, today),
    contracts: contracts
      .filter((contract) => contract.status === 'active')
      .map((contract) => ({
        contractId: contract.contractId,
        number: contract.number,
        name: contract.name,
        personalRiskPeriodDays: contract.personalRiskPeriodDays,
        ...insurerStartsOf(timelineFor(contract.personalRiskPeriodDays), contract.guarantees),
      })),
  };
}
