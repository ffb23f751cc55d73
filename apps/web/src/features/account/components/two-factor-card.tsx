import type { TotpEnrolment } from '@groupdesk/contracts';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { formatDate } from '@/lib/format';
import { useAccount } from '../api/get-account';
import { useStartTwoFactor } from '../api/start-two-factor';
import { RecoveryCodes } from './recovery-codes';
import { TwoFactorDisable } from './two-factor-disable';
import { TwoFactorEnrolment } from './two-factor-enrolment';

/** Two-factor sign-in with an authenticator app: off, being set up, or on (for good while a Master User). */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const account = useAccount();
  const start = useStartTwoFactor();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const twoFactor = account.data?.twoFactor;

  const body = () => {
    if (account.isPending) return <Skeleton h={36} w={240} />;
    if (account.isError)
      return (
        <QueryError
          error={account.error}
          title={t('account.twoFactor.loadFailed')}
          onRetry={() => void account.refetch()}
        />
      );
    if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
    if (enrolment)
      return (
        <TwoFactorEnrolment
          enrolment={enrolment}
          onCancel={() => setEnrolment(null)}
          onConfirmed={(codes) => {
            setEnrolment(null);
            setRecoveryCodes(codes);
          }}
        />
      );
    if (twoFactor?.enabled) {
      return (
        <Stack gap="sm">
          <Group gap="sm">
            <Badge color="teal" variant="light">
              {t('account.twoFactor.on')}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('account.twoFactor.since', {
                date: twoFactor.enabledAt ? formatDate(twoFactor.enabledAt) : '',
                count: twoFactor.recoveryCodesLeft,
              })}
            </Text>
          </Group>
          {twoFactor.requiredAsMasterUser ? (
            <Text size="sm" maw={720}>
              {t('account.twoFactor.requiredForMaster')}
            </Text>
          ) : disabling ? (
            <TwoFactorDisable onClose={() => setDisabling(false)} />
          ) : (
            <Button variant="default" w="fit-content" onClick={() => setDisabling(true)}>
              {t('account.twoFactor.disableStart')}
            </Button>
          )}
        </Stack>
      );
    }
    return (
      <Stack gap="sm">
        <Text size="sm">{t('account.twoFactor.offIntro')}</Text>
        {start.isError && (
          <Text c="red" size="sm">
            {t('errors.unexpected')}
          </Text>
        )}
        <Button
          w="fit-content"
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}
        >
          {t('account.twoFactor.setUp')}
        </Button>
      </Stack>
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="two-factor-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="two-factor-title">
          {t('account.twoFactor.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('account.twoFactor.intro')}
        </Text>
        {body()}
      </Stack>
    </Paper>
  );
}
