import { changePasswordFormSchema } from '@groupdesk/contracts';
import type { ChangePasswordForm } from '@groupdesk/contracts';
import { passwordProblem } from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { generalFailureKey, isApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/format';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useChangePassword } from '../api/change-password';

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
const resolver = zodResolver(changePasswordFormSchema, { error: messageKeyErrorMap });

/** A new password, the current one required; the other sessions end (the server says how). */
export function PasswordCard({ email }: { email: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const change = useChangePassword();
  const form = useForm<ChangePasswordForm>({
    resolver,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors } = form.formState;
  const errorText = (field: (typeof fields)[number]) =>
    localizeValidationMessage(errors[field]?.message, language);

  const onSubmit = form.handleSubmit(({ currentPassword, newPassword }) => {
    const problem = passwordProblem(newPassword, email);
    if (problem) {
      form.setError('newPassword', { type: 'custom', message: problem }, { shouldFocus: true });
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({
            color: 'teal',
            title: t('account.password.doneTitle'),
            message: t('account.password.done'),
          });
        },
        onError: (error) => {
          if (isApiError(error, 400)) applyServerFieldErrors(error, fields, form.setError);
        },
      },
    );
  });

  const failure = change.error;
  const failureText = !failure
    ? null
    : isApiError(failure, 429)
      ? t('login.tooManyAttempts', { wait: formatWait(failure.retryAfter ?? 900, language) })
      : isApiError(failure, 400)
        ? null
        : t(generalFailureKey(failure));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="password-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={420}>
          <Title order={2} size="h4" id="password-title">
            {t('account.password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.password.intro')}
          </Text>
          {failureText && (
            <Alert color="red" role="alert">
              {failureText}
            </Alert>
          )}
          <PasswordInput
            label={t('account.password.current')}
            autoComplete="current-password"
            error={errorText('currentPassword')}
            {...form.register('currentPassword')}
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('account.password.rules')}
            autoComplete="new-password"
            error={errorText('newPassword')}
            {...form.register('newPassword')}
          />
          <PasswordInput
            label={t('account.password.confirm')}
            autoComplete="new-password"
            error={errorText('confirmPassword')}
            {...form.register('confirmPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
