import type { GroupContract } from '@groupdesk/contracts';
import {
  ActionIcon,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type UseFormReturn, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { localizeValidationMessage } from '@/lib/validation-messages';
import {
  type AffiliationFormValues,
  type ContractValues,
  contractFormality,
} from '../utils/affiliation-form';
import { ContractFormality } from './contract-formality';

interface ContractFieldsProps {
  form: UseFormReturn<AffiliationFormValues, unknown, unknown>;
  index: number;
  contracts: GroupContract[];
  onRemove?: () => void;
}

/** One contract the newcomer joins: which, the option, the guarantees asked, and the formality they call for. */
export function ContractFields({ form, index, contracts, onRemove }: ContractFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { errors } = useFormState({ control: form.control });
  const values: ContractValues = useWatch({ control: form.control, name: `contracts.${index}` });
  const contract = contracts.find((candidate) => candidate.id === values.contractId);
  const needsCapitals = contractFormality(values, contract).state === 'needs-capitals';
  const errorOf = (field: keyof ContractValues) =>
    localizeValidationMessage(errors.contracts?.[index]?.[field]?.message, language);
  const name = (field: keyof ContractValues) => `contracts.${index}.${field}` as const;
  const amountField = (
    field: 'deathCapital' | 'disabilityAnnuity' | 'capitalAtRisk' | 'lifeCapital',
    description?: string,
  ) => (
    <TextInput
      label={t(`affiliation.contracts.${field}`)}
      description={description}
      inputMode="decimal"
      autoComplete="off"
      error={errorOf(field)}
      {...form.register(name(field))}
    />
  );

  return (
    <Paper withBorder radius="md" p="md" component="fieldset" style={{ margin: 0 }}>
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <NativeSelect
            style={{ flex: 1 }}
            label={t('affiliation.contracts.contract')}
            withAsterisk
            data={[
              { value: '', label: t('affiliation.contracts.choose') },
              ...contracts.map((option) => ({
                value: option.id,
                label: `${option.number} — ${option.name}`,
              })),
            ]}
            error={errorOf('contractId')}
            {...form.register(name('contractId'))}
          />
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={onRemove}
              aria-label={t('affiliation.contracts.remove')}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {contract?.planType === 'cafeteria' && (
          <Checkbox label={t('affiliation.contracts.otherOption')} {...form.register(name('otherOption'))} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {amountField('deathCapital')}
          {amountField('disabilityAnnuity')}
          {needsCapitals || values.capitalAtRisk || values.lifeCapital ? (
            <>
              {amountField('capitalAtRisk', t('affiliation.contracts.capitalsHint'))}
              {amountField('lifeCapital')}
            </>
          ) : null}
        </SimpleGrid>
        <Checkbox
          label={t('affiliation.contracts.premiumWaiver')}
          {...form.register(name('premiumWaiver'))}
        />
        <ContractFormality values={values} contract={contract} />
      </Stack>
    </Paper>
  );
}
