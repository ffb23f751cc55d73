import { employeeCategories, familySituations } from '@groupdesk/domain';
import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type UseFormReturn, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { localizeValidationMessage } from '@/lib/validation-messages';
import type { AffiliationFormValues } from '../utils/affiliation-form';

/** What the guarantees are computed on: category, occupancy rate, family situation, and the start date. */
export function EmploymentFields({ form }: { form: UseFormReturn<AffiliationFormValues, unknown, unknown> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { errors } = useFormState({ control: form.control });
  const errorOf = (field: keyof AffiliationFormValues) =>
    localizeValidationMessage(errors[field]?.message, language);
  const placeholder = { value: '', label: t('affiliation.choose') };

  return (
    <Fieldset legend={t('affiliation.employment.title')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('affiliation.employment.category')}
          withAsterisk
          data={[
            placeholder,
            ...employeeCategories.map((value) => ({ value, label: t(`lifeEvents.categories.${value}`) })),
          ]}
          error={errorOf('category')}
          {...form.register('category')}
        />
        <TextInput
          label={t('affiliation.employment.occupancyRate')}
          description={t('affiliation.employment.occupancyRateHint')}
          withAsterisk
          inputMode="decimal"
          autoComplete="off"
          error={errorOf('occupancyRate')}
          {...form.register('occupancyRate')}
        />
        <NativeSelect
          label={t('affiliation.employment.familySituation')}
          withAsterisk
          data={[
            placeholder,
            ...familySituations.map((value) => ({ value, label: t(`lifeEvents.familySituations.${value}`) })),
          ]}
          error={errorOf('familySituation')}
          {...form.register('familySituation')}
        />
        <TextInput
          label={t('affiliation.employment.startDate')}
          placeholder={t('affiliation.dayPlaceholder')}
          withAsterisk
          autoComplete="off"
          error={errorOf('startDate')}
          {...form.register('startDate')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
