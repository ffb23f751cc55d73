import { incapacityCloseBodySchema } from '@groupdesk/contracts';
import type { Incapacity, IncapacityCloseBody } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { dayOrText } from '@/lib/day';
import { formatDate } from '@/lib/format';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useCloseIncapacity } from '../api/close-incapacity';

const schemaResolver = zodResolver(incapacityCloseBodySchema, { error: messageKeyErrorMap });
const closeResolver: Resolver<IncapacityCloseBody> = (values, context, options) =>
  schemaResolver({ endDate: dayOrText(values.endDate) as string }, context, options);

interface CloseIncapacityFormProps {
  employerId: string;
  incapacity: Incapacity;
  onSaved: () => void;
  onCancel: () => void;
}

/** The return to work: the incapacity's last day. */
export function CloseIncapacityForm({ employerId, incapacity, onSaved, onCancel }: CloseIncapacityFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const close = useCloseIncapacity();
  const form = useForm<IncapacityCloseBody>({ resolver: closeResolver, defaultValues: { endDate: '' } });

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await close.mutateAsync({ employerId, incapacityId: incapacity.id, body });
      onSaved();
    } catch (error) {
      if (isApiError(error, 400)) applyServerFieldErrors(error, ['endDate'], form.setError);
    }
  });
  const failure = close.error;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('incapacities.close.intro', {
            name: `${incapacity.affiliate.firstName} ${incapacity.affiliate.lastName}`,
            date: formatDate(incapacity.firstDay),
          })}
        </Text>
        <TextInput
          label={t('incapacities.close.endDate')}
          placeholder={t('incapacities.dayPlaceholder')}
          withAsterisk
          autoComplete="off"
          error={localizeValidationMessage(form.formState.errors.endDate?.message, language)}
          {...form.register('endDate')}
        />
        {failure && !close.isPending && !isApiError(failure, 400) && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {isApiError(failure, 409)
              ? t('incapacities.conflicts.incapacity_closed')
              : t('errors.unexpected')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={close.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={close.isPending}>
            {t('incapacities.close.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
