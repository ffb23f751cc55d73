import { forgottenPasswordBodySchema } from '@groupdesk/contracts';
import type { ForgottenPasswordInput } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/format';
import { localizeValidationMessage, messageKeyErrorMap } from '@/lib/validation-messages';
import { useRequestPasswordReset } from '../api/request-password-reset';

const resolver = zodResolver(forgottenPasswordBodySchema, { error: messageKeyErrorMap });

/** The address to send a reset link to; the answer is the same whether it is a user's or not. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const request = useRequestPasswordReset();
  const form = useForm<ForgottenPasswordInput>({ resolver, defaultValues: { email: '' } });
  const onSubmit = form.handleSubmit((body) => request.mutate(body));

  if (request.isSuccess) {
    return (
      <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t('password.forgot.sentTitle')}>
        {t('password.forgot.sent', { email: request.variables.email })}
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('password.forgot.intro')}
        </Text>
        {request.isError && (
          <Alert color="red" role="alert">
            {isApiError(request.error, 429)
              ? t('password.tooManyRequests', {
                  wait: formatWait(request.error.retryAfter ?? 3600, language),
                })
              : isApiError(request.error) && request.error.isNetworkError
                ? t('errors.network')
                : t('errors.unexpected')}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          error={localizeValidationMessage(form.formState.errors.email?.message, language)}
          {...form.register('email')}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('password.forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
