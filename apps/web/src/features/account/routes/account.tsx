import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/lib/session';
import { PasswordCard } from '../components/password-card';
import { SessionsCard } from '../components/sessions-card';
import { TwoFactorCard } from '../components/two-factor-card';

/** My account: password, two-factor sign-in and the sessions I have open. */
export function AccountRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  usePageTitle(t('account.pageTitle'));
  if (!session) return null;
  return (
    <Stack gap="md" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('account.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.intro', { name: session.user.name, email: session.user.email })}
        </Text>
      </Stack>
      <PasswordCard email={session.user.email} />
      <TwoFactorCard />
      <SessionsCard />
    </Stack>
  );
}
