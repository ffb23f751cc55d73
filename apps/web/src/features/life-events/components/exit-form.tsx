import { affiliateExitBodySchema } from '@groupdesk/contracts';
import type { AffiliateDetail, AffiliateExitBody } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { dayOrText } from '@/lib/day';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useRecordExit } from '../api/record-exit';

const schemaResolver = zodResolver(affiliateExitBodySchema, { error: messageKeyErrorMap });
// the day is typed dd/mm/yyyy; the API's schema checks what it becomes
const exitResolver: Resolver<AffiliateExitBody> = (values, context, options) =>
  schemaResolver({ exitDate: dayOrText(values.exitDate) as string }, context, options);

interface ExitFormProps {
  employerId: string;
  affiliate: AffiliateDetail;
  onSaved: () => void;
  onCancel: () => void;
}

/** The exit ("sortie de service") on its date, with what it changes for the affiliate's e-mails. */
export function ExitForm({ employerId, affiliate, onSaved, onCancel }: ExitFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const record = useRecordExit();
  const form = useForm<AffiliateExitBody>({ resolver: exitResolver, defaultValues: { exitDate: '' } });

  const onSubmit = form.handleSubmit(async ({ exitDate }) => {
    try {
      await record.mutateAsync({ employerId, affiliateId: affiliate.id, body: { exitDate } });
      onSaved();
    } catch (error) {
      if (isApiError(error, 400)) applyServerFieldErrors(error, ['exitDate'], form.setError);
    }
  });
  const failure = record.error;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('lifeEvents.exit.intro')}</Text>
        <Text size="sm" c="dimmed">
          {affiliate.privateEmailKnown
            ? t('lifeEvents.exit.privateKnown')
            : t('lifeEvents.exit.privateUnknown')}
        </Text>
        <TextInput
          label={t('lifeEvents.exit.exitDate')}
          placeholder={t('lifeEvents.dayPlaceholder')}
          withAsterisk
          autoComplete="off"
          error={localizeValidationMessage(form.formState.errors.exitDate?.message, language)}
          {...form.register('exitDate')}
        />
        {failure && !record.isPending && !isApiError(failure, 400) && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {isApiError(failure, 409) ? t('lifeEvents.conflicts.affiliate_left') : t('errors.unexpected')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={record.isPending}>
            {t('lifeEvents.exit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
