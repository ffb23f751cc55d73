import { formatNationalNumber, languages, normalizeNationalNumber, sexes } from '@groupdesk/domain';
import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type UseFormReturn, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { localizeValidationMessage } from '@/lib/validation-messages';
import type { AffiliationFormValues } from '../utils/affiliation-form';

/** Who the newcomer is: name, birth date, sex, language, national or BIS number, professional address. */
export function IdentityFields({ form }: { form: UseFormReturn<AffiliationFormValues, unknown, unknown> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { errors } = useFormState({ control: form.control });
  const errorOf = (field: keyof AffiliationFormValues) =>
    localizeValidationMessage(errors[field]?.message, language);
  const nationalNumber = form.register('nationalNumber');

  return (
    <Fieldset legend={t('affiliation.identity.title')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('affiliation.identity.lastName')}
          withAsterisk
          autoComplete="off"
          error={errorOf('lastName')}
          {...form.register('lastName')}
        />
        <TextInput
          label={t('affiliation.identity.firstName')}
          withAsterisk
          autoComplete="off"
          error={errorOf('firstName')}
          {...form.register('firstName')}
        />
        <TextInput
          label={t('affiliation.identity.birthDate')}
          placeholder={t('affiliation.dayPlaceholder')}
          withAsterisk
          autoComplete="off"
          error={errorOf('birthDate')}
          {...form.register('birthDate')}
        />
        <NativeSelect
          label={t('affiliation.identity.sex')}
          withAsterisk
          data={[
            { value: '', label: t('affiliation.choose') },
            ...sexes.map((value) => ({ value, label: t(`sex.${value}`) })),
          ]}
          error={errorOf('sex')}
          {...form.register('sex')}
        />
        <TextInput
          label={t('affiliation.identity.nationalNumber')}
          description={t('affiliation.identity.nationalNumberHint')}
          placeholder="YY.MM.DD-SSS.CC"
          withAsterisk
          autoComplete="off"
          inputMode="numeric"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errorOf('nationalNumber')}
          {...nationalNumber}
          onBlur={(event) => {
            // shown in the usual layout once it has 11 digits
            const digits = normalizeNationalNumber(event.currentTarget.value);
            if (digits !== null) form.setValue('nationalNumber', formatNationalNumber(digits));
            return nationalNumber.onBlur(event);
          }}
        />
        <NativeSelect
          label={t('affiliation.identity.language')}
          data={languages.map((value) => ({ value, label: t(`languages.${value}`) }))}
          error={errorOf('language')}
          {...form.register('language')}
        />
        <TextInput
          label={t('affiliation.identity.professionalEmail')}
          description={t('affiliation.identity.professionalEmailHint')}
          type="email"
          autoComplete="off"
          error={errorOf('professionalEmail')}
          {...form.register('professionalEmail')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
