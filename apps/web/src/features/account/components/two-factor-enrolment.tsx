import { totpConfirmBodySchema } from '@groupdesk/contracts';
import type { TotpConfirmInput, TotpEnrolment } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useConfirmTwoFactor } from '../api/confirm-two-factor';
import { QrCode } from './qr-code';

const resolver = zodResolver(totpConfirmBodySchema, { error: messageKeyErrorMap });

interface TwoFactorEnrolmentProps {
  enrolment: TotpEnrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}

/** Scan (or type) the secret, then prove it with a first code. */
export function TwoFactorEnrolment({ enrolment, onConfirmed, onCancel }: TwoFactorEnrolmentProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const confirm = useConfirmTwoFactor();
  const form = useForm<TotpConfirmInput>({ resolver, defaultValues: { code: '' } });
  const onSubmit = form.handleSubmit((body) =>
    confirm.mutate(body, {
      onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
      onError: (error) => {
        if (isApiError(error, 400)) applyServerFieldErrors(error, ['code'], form.setError);
        else form.setError('code', { type: 'server', message: t('errors.unexpected') });
      },
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('account.twoFactor.scan')}</Text>
        <Group align="flex-start" gap="xl">
          <QrCode value={enrolment.otpauthUri} label={t('account.twoFactor.qrLabel')} />
          <Stack gap={4} maw={320}>
            <Text size="sm" c="dimmed">
              {t('account.twoFactor.typeInstead')}
            </Text>
            <Code block data-testid="totp-secret">
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Code>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {enrolment.otpauthUri}
            </Text>
          </Stack>
        </Group>
        <TextInput
          label={t('account.twoFactor.firstCode')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          w={200}
          error={localizeValidationMessage(form.formState.errors.code?.message, language)}
          {...form.register('code')}
        />
        <Group gap="sm">
          <Button type="submit" loading={confirm.isPending}>
            {t('account.twoFactor.confirm')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={confirm.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
