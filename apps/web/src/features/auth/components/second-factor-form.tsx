import { loginCodeBodySchema } from '@groupdesk/contracts';
import type { LoginCodeInput } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { generalFailureKey, isApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/format';
import { localizeValidationMessage, messageKeyErrorMap } from '@/lib/validation-messages';
import { useVerifySecondFactor } from '../api/verify-second-factor';

const resolver = zodResolver(loginCodeBodySchema, { error: messageKeyErrorMap });

/**
 * The second step of a login with two-factor sign-in: the code of the authenticator app, or one of the
 * recovery codes. After five minutes, or too many wrong codes, the password is asked again.
 */
export function SecondFactorForm({
  onRestart,
  onSignedIn,
}: {
  onRestart: () => void;
  /** the session has started (the login page moves on by itself) */
  onSignedIn?: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const verify = useVerifySecondFactor();
  const form = useForm<LoginCodeInput>({ resolver, defaultValues: { code: '' } });

  const onSubmit = form.handleSubmit((body) =>
    verify.mutate(body, {
      onSuccess: () => onSignedIn?.(),
      onError: (error) => {
        if (isApiError(error, 401) && error.code === 'login_expired') onRestart();
        else if (isApiError(error, 401)) {
          form.resetField('code');
          form.setFocus('code');
        }
      },
    }),
  );

  const failure = verify.error;
  const failureText = !failure
    ? null
    : isApiError(failure, 401)
      ? t('secondFactor.invalidCode')
      : isApiError(failure, 429)
        ? t('login.tooManyAttempts', { wait: formatWait(failure.retryAfter ?? 900, language) })
        : t(generalFailureKey(failure));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Alert color="blue" icon={<IconShieldLock aria-hidden />} title={t('secondFactor.title')}>
          {t('secondFactor.intro')}
        </Alert>
        {failureText && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failureText}
          </Alert>
        )}
        <TextInput
          label={t('secondFactor.code')}
          description={t('secondFactor.codeHint')}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          error={localizeValidationMessage(form.formState.errors.code?.message, language)}
          {...form.register('code')}
        />
        <Button type="submit" loading={verify.isPending} fullWidth>
          {t('secondFactor.submit')}
        </Button>
        <Text size="sm" ta="center">
          <Anchor component="button" type="button" onClick={onRestart}>
            {t('secondFactor.restart')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
