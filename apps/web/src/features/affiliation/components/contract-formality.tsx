import type { GroupContract } from '@groupdesk/contracts';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MedicalFormalityBadge } from '@/components/ui/medical-formality-badge';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatMoney } from '@/lib/format';
import { type ContractValues, contractFormality } from '../utils/affiliation-form';

interface ContractFormalityProps {
  values: ContractValues;
  contract: GroupContract | undefined;
}

/** The formality the guarantees asked call for, as they are typed, with what it depends on. */
export function ContractFormality({ values, contract }: ContractFormalityProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formality = contractFormality(values, contract);
  const pending = formality.state === 'known' ? formality.pending : null;
  const table = contract?.planType === 'cafeteria' && values.otherOption ? 'other' : 'organizer';

  return (
    <Stack gap={4} role="status" aria-live="polite" aria-label={t('affiliation.formality.label')}>
      <Group gap="xs" align="center">
        <Text size="sm" fw={600}>
          {t('affiliation.formality.label')}
        </Text>
        {formality.state === 'known' ? (
          <MedicalFormalityBadge formality={formality.formality} />
        ) : (
          <Text size="sm" c="dimmed">
            {formality.state === 'needs-capitals'
              ? t('affiliation.formality.needsCapitals')
              : t('affiliation.formality.unknown')}
          </Text>
        )}
      </Group>
      {formality.state !== 'unknown' && (
        <Text size="xs" c="dimmed">
          {t('affiliation.formality.basis', {
            table: t(`affiliation.formality.tables.${table}`),
            participants: formatCount(formality.participants, language),
          })}
        </Text>
      )}
      {pending && (
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('affiliation.formality.pendingCover')}
          </Text>
          {(['accident', 'illness'] as const).map((cause) => (
            <Text key={cause} size="xs" c="dimmed">
              {t(`affiliation.formality.pending.${cause}`, {
                death: formatMoney(pending[cause].deathCapital, language),
                disability: formatMoney(pending[cause].disabilityAnnuity, language),
              })}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
