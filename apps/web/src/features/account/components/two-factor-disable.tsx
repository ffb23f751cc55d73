import { totpDisableBodySchema } from '@groupdesk/contracts';
import type { TotpDisableInput } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useDisableTwoFactor } from '../api/disable-two-factor';

const resolver = zodResolver(totpDisableBodySchema, { error: messageKeyErrorMap });

/** Switching off: the password always; a code too for a Master User, who may not do without it otherwise. */
export function TwoFactorDisable({ codeNeeded, onClose }: { codeNeeded: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const disable = useDisableTwoFactor();
  const form = useForm<TotpDisableInput>({ resolver, defaultValues: { password: '', code: undefined } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((body) =>
    disable.mutate(body, {
      onSuccess: onClose,
      onError: (error) => {
        if (isApiError(error, 400)) applyServerFieldErrors(error, ['password', 'code'], form.setError);
      },
    }),
  );
  const failure = disable.error;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        {failure && !isApiError(failure, 400) && (
          <Alert color="red" role="alert">
            {isApiError(failure, 429) ? t('account.twoFactor.tooManyAttempts') : t('errors.unexpected')}
          </Alert>
        )}
        <PasswordInput
          label={t('account.twoFactor.password')}
          autoComplete="current-password"
          error={localizeValidationMessage(errors.password?.message, language)}
          {...form.register('password')}
        />
        {codeNeeded && (
          <TextInput
            label={t('account.twoFactor.codeToDisable')}
            description={t('account.twoFactor.codeToDisableHint')}
            autoComplete="one-time-code"
            w={240}
            error={localizeValidationMessage(errors.code?.message, language)}
            {...form.register('code', { setValueAs: (value: string) => (value === '' ? undefined : value) })}
          />
        )}
        <Group gap="sm">
          <Button type="submit" color="red" loading={disable.isPending}>
            {t('account.twoFactor.disable')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={disable.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
