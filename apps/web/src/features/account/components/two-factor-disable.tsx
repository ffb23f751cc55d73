import { totpDisableBodySchema } from '@groupdesk/contracts';
import type { TotpDisableInput } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
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

const failureKey = (failure: unknown) => {
  if (isApiError(failure, 429)) return 'account.twoFactor.tooManyAttempts';
  // made a Master User since the page was loaded
  if (isApiError(failure, 409) && failure.code === 'two_factor_required_for_master') {
    return 'account.twoFactor.requiredForMaster';
  }
  return 'errors.unexpected';
};

/** Switching off with the password; a Master User is not offered it (the API refuses them, 409). */
export function TwoFactorDisable({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const disable = useDisableTwoFactor();
  const form = useForm<TotpDisableInput>({ resolver, defaultValues: { password: '' } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((body) =>
    disable.mutate(body, {
      onSuccess: onClose,
      onError: (error) => {
        if (isApiError(error, 400)) applyServerFieldErrors(error, ['password'], form.setError);
      },
    }),
  );
  const failure = disable.error;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        {failure && !isApiError(failure, 400) && (
          <Alert color="red" role="alert">
            {t(failureKey(failure))}
          </Alert>
        )}
        <PasswordInput
          label={t('account.twoFactor.password')}
          autoComplete="current-password"
          error={localizeValidationMessage(errors.password?.message, language)}
          {...form.register('password')}
        />
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
