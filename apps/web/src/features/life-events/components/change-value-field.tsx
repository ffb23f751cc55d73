import type { AffiliateDetail } from '@groupdesk/contracts';
import { employeeCategories, familySituations, suspensionReasons } from '@groupdesk/domain';
import type { MutationEventKind } from '@groupdesk/domain';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import { type UseFormReturn, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { localizeValidationMessage } from '@/lib/validation-messages';
import type { ChangeFormValues } from '../utils/change-form';

interface ChangeValueFieldProps {
  form: UseFormReturn<ChangeFormValues, unknown, unknown>;
  kind: MutationEventKind;
  affiliate: AffiliateDetail;
}

/** The new value a change of this kind records: a rate, a situation, a category, a suspension's reason. */
export function ChangeValueField({ form, kind, affiliate }: ChangeValueFieldProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { errors } = useFormState({ control: form.control });
  const errorOf = (field: 'occupancyRate' | 'familySituation' | 'category' | 'reason') =>
    localizeValidationMessage(errors[field]?.message, language);
  const options = (values: readonly string[], prefix: string) => [
    { value: '', label: t('lifeEvents.change.choose') },
    ...values.map((value) => ({ value, label: t(`${prefix}.${value}` as never) })),
  ];

  return (
    <>
      {kind === 'occupancy-rate' && (
        <TextInput
          label={t('lifeEvents.change.occupancyRate')}
          description={t('lifeEvents.change.current', { value: affiliate.occupancyRate ?? '—' })}
          withAsterisk
          inputMode="decimal"
          autoComplete="off"
          error={errorOf('occupancyRate')}
          {...form.register('occupancyRate')}
        />
      )}
      {kind === 'family-situation' && (
        <NativeSelect
          label={t('lifeEvents.change.familySituation')}
          withAsterisk
          data={options(familySituations, 'lifeEvents.familySituations')}
          error={errorOf('familySituation')}
          {...form.register('familySituation')}
        />
      )}
      {kind === 'category' && (
        <NativeSelect
          label={t('lifeEvents.change.category')}
          withAsterisk
          data={options(employeeCategories, 'lifeEvents.categories')}
          error={errorOf('category')}
          {...form.register('category')}
        />
      )}
      {kind === 'suspension' && (
        <>
          <NativeSelect
            label={t('lifeEvents.change.reason')}
            withAsterisk
            data={options(suspensionReasons, 'lifeEvents.suspensionReasons')}
            error={errorOf('reason')}
            {...form.register('reason')}
          />
          <Text size="sm" c="dimmed">
            {t('lifeEvents.change.suspensionHint')}
          </Text>
        </>
      )}
      {kind === 'suspension-end' && (
        <Text size="sm" c="dimmed">
          {t('lifeEvents.change.returnHint')}
        </Text>
      )}
    </>
  );
}
