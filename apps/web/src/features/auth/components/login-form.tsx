import { loginBodySchema } from '@groupdesk/contracts';
import type { LoginBody } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { keepLanguageAcrossLogin, useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/format';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useLogin } from '../api/create-session';
import type { LoginInput } from '../api/create-session';
import { SecondFactorForm } from './second-factor-form';

const fields = ['email', 'password'] as const;

function loginErrorMessage(error: unknown, t: TFunction, language: UiLanguage): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.isNetworkError) return t('errors.network');
  if (error.status === 401) return t('login.invalidCredentials');
  if (error.status === 403 && error.code === 'access_ended') return t('login.accessEnded');
  if (error.status === 429) {
    return error.retryAfter === null
      ? t('login.tooManyAttemptsNoDelay')
      : t('login.tooManyAttempts', { wait: formatWait(error.retryAfter, language) });
  }
  return t('errors.unexpected');
}

/**
 * E-mail and password, then the two-factor code for a user who enrolled; on success the session lands in
 * the query cache and the login page moves on.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const login = useLogin();
  const [askCode, setAskCode] = useState(false);
  const form = useForm<LoginInput, unknown, LoginBody>({
    resolver: zodResolver(loginBodySchema, { error: messageKeyErrorMap }),
    defaultValues: { email: '', password: '' },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    keepLanguageAcrossLogin();
    login.mutate(values, {
      onSuccess: (answer) => setAskCode('secondFactor' in answer),
      onError: (error) => {
        if (isApiError(error, 400)) applyServerFieldErrors(error, fields, form.setError);
        if (isApiError(error, 401)) {
          form.resetField('password');
          form.setFocus('password');
        }
      },
    });
  });

  // field errors from a 400 are already on the fields
  const showAlert = login.isError && !(isApiError(login.error, 400) && login.error.details.length > 0);

  if (askCode) {
    return (
      <SecondFactorForm
        onRestart={() => {
          setAskCode(false);
          login.reset();
          form.resetField('password');
        }}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {showAlert && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title={t('login.failedTitle')}
            role="alert"
          >
            {loginErrorMessage(login.error, t, language)}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus
          error={localizeValidationMessage(errors.email?.message, language)}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          error={localizeValidationMessage(errors.password?.message, language)}
          {...form.register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          {t('login.submit')}
        </Button>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/forgot-password">
            {t('password.forgot.link')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
