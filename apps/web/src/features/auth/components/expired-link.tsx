import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/format';
import { useRenewPasswordLink } from '../api/renew-password-link';

/** A link past its 72 hours: say so, and send a new one to the address it was for. */
export function ExpiredLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const renew = useRenewPasswordLink();

  if (renew.isSuccess) {
    return (
      <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t('password.expired.sentTitle')}>
        {t('password.expired.sent')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Alert color="yellow" icon={<IconClockExclamation aria-hidden />} title={t('password.expired.title')}>
        {t('password.expired.text')}
      </Alert>
      {renew.isError && (
        <Text c="red" size="sm" role="alert">
          {isApiError(renew.error, 429)
            ? t('password.tooManyRequests', { wait: formatWait(renew.error.retryAfter ?? 3600, language) })
            : t('errors.unexpected')}
        </Text>
      )}
      <Button onClick={() => renew.mutate(token)} loading={renew.isPending}>
        {t('password.expired.renew')}
      </Button>
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/login">
          {t('password.backToLogin')}
        </Anchor>
      </Text>
    </Stack>
  );
}
