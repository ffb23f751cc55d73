import { setPasswordFormSchema } from '@groupdesk/contracts';
import type { PasswordLink, SetPasswordForm as SetPasswordValues } from '@groupdesk/contracts';
import { passwordProblem } from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { generalFailureKey, isApiError } from '@/lib/api-client';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useSetPassword } from '../api/set-password';

const resolver = zodResolver(setPasswordFormSchema, { error: messageKeyErrorMap });

interface SetPasswordFormProps {
  token: string;
  link: PasswordLink;
  /** the password is set and the session started */
  onSignedIn: () => void;
  /** the password is set; the two-factor code is asked before the user is in */
  onSecondFactor: () => void;
  /** the link stopped working meanwhile (used in another tab, expired) */
  onLinkGone: () => void;
}

/** The password typed twice, checked as the API checks it: 12 characters at least, not the address. */
export function SetPasswordForm({
  token,
  link,
  onSignedIn,
  onSecondFactor,
  onLinkGone,
}: SetPasswordFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const setPassword = useSetPassword();
  const form = useForm<SetPasswordValues>({ resolver, defaultValues: { password: '', confirmPassword: '' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ password }) => {
    const problem = passwordProblem(password, link.email);
    if (problem) {
      form.setError('password', { type: 'custom', message: problem }, { shouldFocus: true });
      return;
    }
    setPassword.mutate(
      { token, password },
      {
        onSuccess: (answer) => {
          if ('secondFactor' in answer) onSecondFactor();
          else onSignedIn();
        },
        onError: (error) => {
          if (isApiError(error, 400)) applyServerFieldErrors(error, ['password'], form.setError);
          if (isApiError(error, 404) || isApiError(error, 410)) onLinkGone();
        },
      },
    );
  });

  const failure = setPassword.error;
  const failureText = !failure || isApiError(failure, 400) ? null : t(generalFailureKey(failure));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {failureText && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failureText}
          </Alert>
        )}
        {/* the address, for password managers to file the new password under */}
        <TextInput label={t('login.email')} value={link.email} autoComplete="username" readOnly />
        <PasswordInput
          label={t('password.set.password')}
          description={t('password.set.rules')}
          autoComplete="new-password"
          autoFocus
          error={localizeValidationMessage(errors.password?.message, language)}
          {...form.register('password')}
        />
        <PasswordInput
          label={t('password.set.confirm')}
          autoComplete="new-password"
          error={localizeValidationMessage(errors.confirmPassword?.message, language)}
          {...form.register('confirmPassword')}
        />
        <Button type="submit" loading={setPassword.isPending} fullWidth>
          {t('password.set.submit')}
        </Button>
      </Stack>
    </form>
  );
}
