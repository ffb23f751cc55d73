import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { IncapacityOutlook as Outlook } from '../utils/outlook';
import { Fact } from '@/components/ui/fact';

/** The dates that follow from an incapacity (seed 002), and a warning when the declaration is late. */
export function IncapacityOutlook({ outlook, declaredOn }: { outlook: Outlook; declaredOn?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {outlook.late && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('incapacities.late.title')}
          role="alert"
        >
          {t('incapacities.late.message', { deadline: formatDate(outlook.reportingDeadline) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Fact term={t('incapacities.outlook.guaranteedPayEnd')}>
          {outlook.guaranteedPayEnd
            ? formatDate(outlook.guaranteedPayEnd)
            : t('incapacities.outlook.maternity')}
        </Fact>
        <Fact term={t('incapacities.outlook.statutoryBenefitFrom')}>
          {t('incapacities.outlook.statutoryBenefit', {
            date: formatDate(outlook.statutoryBenefitFrom),
            payer: t(`incapacities.payers.${outlook.statutoryBenefitPayer}`),
          })}
        </Fact>
        <Fact term={t('incapacities.outlook.reportingDeadline')}>
          {formatDate(outlook.reportingDeadline)}
          {declaredOn && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('incapacities.outlook.declaredOn', { date: formatDate(declaredOn) })}
            </Text>
          )}
        </Fact>
      </SimpleGrid>
      {outlook.contracts.map((contract) => (
        <Text key={contract.contractId} size="sm">
          {t('incapacities.outlook.contract', {
            number: contract.number,
            days: contract.personalRiskPeriodDays,
            insurer: contract.insurerContributionFrom
              ? t('incapacities.outlook.insurerFrom', { date: formatDate(contract.insurerContributionFrom) })
              : t('incapacities.outlook.noDisabilityCover'),
            waiver: contract.premiumWaiverFrom
              ? t('incapacities.outlook.waiverFrom', { date: formatDate(contract.premiumWaiverFrom) })
              : t('incapacities.outlook.noPremiumWaiverCover'),
          })}
        </Text>
      ))}
    </Stack>
  );
}
