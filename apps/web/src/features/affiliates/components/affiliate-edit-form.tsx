import { affiliatePatchBodySchema } from '@groupdesk/contracts';
import type { AffiliateDetail, AffiliatePatch } from '@groupdesk/contracts';
import { formatNationalNumber, languages, normalizeNationalNumber } from '@groupdesk/domain';
import type { Language } from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useUpdateAffiliate } from '../api/update-affiliate';
import { formValuesOf, validateChangesOnly } from '../utils/affiliate-form';
import { NationalNumberReading } from './national-number-reading';
import type { AffiliateFormValues } from '../utils/affiliate-form';

const fields = ['professionalEmail', 'language', 'nationalNumber'] as const;

// the schema the API validates with; issue messages become keys of `validationMessages`
const patchResolver = zodResolver(affiliatePatchBodySchema, { error: messageKeyErrorMap });

interface AffiliateEditFormProps {
  employerId: string;
  affiliate: AffiliateDetail;
}

/**
 * Professional e-mail, language and national/BIS number, validated in the browser by the same schema as
 * the API. Only changed fields are sent; the server's field errors land on the fields.
 */
export function AffiliateEditForm({ employerId, affiliate }: AffiliateEditFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const update = useUpdateAffiliate();
  const initial = formValuesOf(affiliate);
  const form = useForm<AffiliateFormValues, unknown, AffiliatePatch>({
    resolver: validateChangesOnly(patchResolver, initial, affiliate),
    defaultValues: initial,
  });
  const { errors, isDirty } = form.formState;
  const errorText = (field: (typeof fields)[number]) =>
    localizeValidationMessage(errors[field]?.message, language);

  const onSubmit = form.handleSubmit(async (patch) => {
    if (Object.keys(patch).length === 0) {
      notifications.show({ color: 'gray', message: t('affiliate.edit.noChanges') });
      return;
    }
    try {
      // awaited rather than a mutate() callback: the saved data re-keys this form, which unmounts it
      const saved = await update.mutateAsync({ employerId, affiliateId: affiliate.id, patch });
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: t('affiliate.edit.saved'),
        message: t('affiliate.edit.savedMessage', { name: `${saved.firstName} ${saved.lastName}` }),
      });
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) {
        applyServerFieldErrors(error, fields, form.setError);
      }
    }
  });

  const failure = update.error;
  const failureText = !failure
    ? null
    : isApiError(failure, 403)
      ? t('affiliate.edit.forbidden')
      : isApiError(failure) && failure.isNetworkError
        ? t('errors.network')
        : isApiError(failure) && (failure.status === 400 || failure.status === 409)
          ? t('affiliate.edit.invalid')
          : t('errors.unexpected');

  const nationalNumber = form.register('nationalNumber');
  const typedNumber = useWatch({ control: form.control, name: 'nationalNumber' });
  // the one field says what it does: fill in a missing number, replace a BIS number, or correct one
  const numberLabel = t(
    affiliate.nationalNumberKind === null
      ? 'affiliate.edit.nationalNumberAdd'
      : affiliate.nationalNumberKind === 'bis'
        ? 'affiliate.edit.nationalNumberReplaceBis'
        : 'affiliate.edit.nationalNumberCorrect',
  );
  // a holder, now or before, whom this user may search for: the search finds a number held before too
  const numberError = errors.nationalNumber?.message;
  const findHolder =
    numberError === 'nationalNumber.taken'
      ? 'affiliate.edit.findHolder'
      : numberError === 'nationalNumber.heldBefore'
        ? 'affiliate.edit.findFormerHolder'
        : null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="affiliate-edit-title">
      <Title order={2} size="h4" mb="md" id="affiliate-edit-title">
        {t('affiliate.edit.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {failureText && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title={t('affiliate.edit.failedTitle')}
              role="alert"
            >
              {failureText}
            </Alert>
          )}
          <TextInput
            label={t('affiliate.edit.professionalEmail')}
            description={t('affiliate.edit.professionalEmailHint')}
            type="email"
            autoComplete="off"
            error={errorText('professionalEmail')}
            {...form.register('professionalEmail')}
          />
          <NativeSelect
            label={t('affiliate.edit.language')}
            data={languages.map((value: Language) => ({ value, label: t(`languages.${value}`) }))}
            error={errorText('language')}
            {...form.register('language')}
          />
          <TextInput
            label={numberLabel}
            description={
              <NationalNumberReading typed={typedNumber} hint={t('affiliate.edit.nationalNumberHint')} />
            }
            placeholder="YY.MM.DD-SSS.CC"
            autoComplete="off"
            inputMode="numeric"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errorText('nationalNumber')}
            {...nationalNumber}
            onBlur={(event) => {
              // show what was typed in the usual layout once it has 11 digits
              const digits = normalizeNationalNumber(event.currentTarget.value);
              if (digits !== null)
                form.setValue('nationalNumber', formatNationalNumber(digits), { shouldDirty: true });
              return nationalNumber.onBlur(event);
            }}
          />
          {findHolder && (
            <Anchor
              component={Link}
              to={`/employers/${employerId}/affiliates?search=${normalizeNationalNumber(typedNumber) ?? ''}`}
              size="sm"
              mt={-8}
            >
              {t(findHolder)}
            </Anchor>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()} disabled={!isDirty || update.isPending}>
              {t('affiliate.edit.reset')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('affiliate.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
