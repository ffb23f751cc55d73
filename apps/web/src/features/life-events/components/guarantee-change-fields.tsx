import type { AffiliateDetail, GroupContract } from '@groupdesk/contracts';
import { Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { MutationEventKind } from '@groupdesk/domain';
import { type UseFormReturn, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MedicalFormalityBadge } from '@/components/ui/medical-formality-badge';
import { useUiLanguage } from '@/i18n';
import { formatMoney } from '@/lib/format';
import { localizeValidationMessage } from '@/lib/validation-messages';
import { type ChangeFormValues, guaranteeFormality } from '../utils/change-form';

interface GuaranteeChangeFieldsProps {
  form: UseFormReturn<ChangeFormValues, unknown, unknown>;
  kind: MutationEventKind;
  contracts: AffiliateDetail['contracts'];
  groupContracts: GroupContract[] | undefined;
}

/**
 * New guarantees the change brings, per active contract, optional: "les nouvelles garanties sont accordées
 * immédiatement". Each shows the formality its rise calls for (none for an occupancy-rate change).
 */
export function GuaranteeChangeFields({ form, kind, contracts, groupContracts }: GuaranteeChangeFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const rows = useWatch({ control: form.control, name: 'guarantees' });
  const { errors } = useFormState({ control: form.control });

  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={600}>
          {t('lifeEvents.change.newGuarantees')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('lifeEvents.change.newGuaranteesHint')}
        </Text>
      </div>
      {contracts.map((contract, index) => {
        const row = rows[index];
        const formality = row
          ? guaranteeFormality(
              kind,
              row,
              contract,
              groupContracts?.find((entry) => entry.id === contract.contractId),
            )
          : null;
        const errorOf = (field: 'deathCapital' | 'disabilityAnnuity') =>
          localizeValidationMessage(errors.guarantees?.[index]?.[field]?.message, language);
        return (
          <Stack key={contract.id} gap={6}>
            <Group gap="xs">
              <Text size="sm" ff="monospace" fw={600}>
                {contract.number}
              </Text>
              {formality && <MedicalFormalityBadge formality={formality} />}
            </Group>
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label={t('lifeEvents.change.deathCapital', { number: contract.number })}
                description={t('lifeEvents.change.now', {
                  amount: formatMoney(contract.guarantees.deathCapital, language),
                })}
                inputMode="decimal"
                autoComplete="off"
                error={errorOf('deathCapital')}
                {...form.register(`guarantees.${index}.deathCapital`)}
              />
              <TextInput
                label={t('lifeEvents.change.disabilityAnnuity', { number: contract.number })}
                description={t('lifeEvents.change.now', {
                  amount: formatMoney(contract.guarantees.disabilityAnnuity, language),
                })}
                inputMode="decimal"
                autoComplete="off"
                error={errorOf('disabilityAnnuity')}
                {...form.register(`guarantees.${index}.disabilityAnnuity`)}
              />
            </SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}
