import type { AffiliateDetail, AffiliateEvent } from '@groupdesk/contracts';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MedicalFormalityBadge } from '@/components/ui/medical-formality-badge';
import { useUiLanguage } from '@/i18n';
import { localToday } from '@/lib/day';
import { formatDate, formatPercent } from '@/lib/format';
import { Fact } from '@/components/ui/fact';

type Contract = AffiliateDetail['contracts'][number];

interface SituationFactsProps {
  affiliate: AffiliateDetail;
  suspension: AffiliateEvent | null;
  /** write profile: record the insurer's answer to a pending acceptance */
  onDecide?: (contract: Contract) => void;
}

/** What the guarantees are computed on now, a suspension in force, the exit, and acceptances awaited. */
export function SituationFacts({ affiliate, suspension, onDecide }: SituationFactsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const unknown = t('lifeEvents.facts.notRecorded');
  const pending = affiliate.contracts.filter((contract) => contract.medicalAcceptance?.state === 'pending');
  const decided = affiliate.contracts.filter(
    (contract) => contract.status === 'active' && contract.medicalAcceptance?.state === 'refused',
  );
  const today = localToday();

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Fact term={t('lifeEvents.facts.category')}>
          {affiliate.category ? t(`lifeEvents.categories.${affiliate.category}`) : unknown}
        </Fact>
        <Fact term={t('lifeEvents.facts.occupancyRate')}>
          {affiliate.occupancyRate === null
            ? unknown
            : formatPercent(affiliate.occupancyRate / 100, language)}
        </Fact>
        <Fact term={t('lifeEvents.facts.familySituation')}>
          {affiliate.familySituation
            ? t(`lifeEvents.familySituations.${affiliate.familySituation}`)
            : unknown}
        </Fact>
        <Fact term={t('lifeEvents.facts.employmentContract')}>
          {affiliate.leftOn
            ? t(affiliate.leftOn > today ? 'lifeEvents.facts.leaves' : 'lifeEvents.facts.left', {
                date: formatDate(affiliate.leftOn),
              })
            : suspension?.after.reason
              ? t('lifeEvents.facts.suspended', {
                  reason: t(`lifeEvents.suspensionReasons.${suspension.after.reason}`),
                  date: formatDate(suspension.mutationDate ?? suspension.eventDate),
                })
              : t('lifeEvents.facts.running')}
        </Fact>
      </SimpleGrid>
      {pending.map((contract) => (
        <Group key={contract.id} gap="xs">
          <Text size="sm">{t('lifeEvents.facts.acceptancePending', { number: contract.number })}</Text>
          <MedicalFormalityBadge formality={contract.medicalAcceptance!.formality} />
          {onDecide && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => onDecide(contract)}
              aria-label={t('lifeEvents.acceptance.buttonFor', { number: contract.number })}
            >
              {t('lifeEvents.acceptance.button')}
            </Button>
          )}
        </Group>
      ))}
      {decided.map((contract) => (
        <Text key={contract.id} size="sm">
          {t('lifeEvents.facts.acceptanceRefused', { number: contract.number })}
        </Text>
      ))}
    </Stack>
  );
}
