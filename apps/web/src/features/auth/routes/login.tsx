import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { LoginForm } from '../components/login-form';

/** Only paths inside this app, so that a crafted link cannot send the user elsewhere after login. */
function safeRedirect(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return '/';
  return value;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  usePageTitle(t('login.pageTitle'));

  // waiting for "who am I" rather than flashing the form at someone already logged in
  if (session.isPending) return <PageLoader fullScreen />;
  if (session.data) return <Navigate to={safeRedirect(params.get('redirect'))} replace />;

  return (
    <AuthLayout>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2" mb={6}>
            {t('login.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('login.intro')}
          </Text>
        </div>
        {params.get('reason') === 'expired' && (
          <Alert
            color="yellow"
            icon={<IconClockExclamation aria-hidden />}
            title={t('login.sessionExpiredTitle')}
          >
            {t('login.sessionExpired')}
          </Alert>
        )}
        {session.isError && (
          <QueryError
            error={session.error}
            title={
              isApiError(session.error) && session.error.isNetworkError
                ? t('errors.networkTitle')
                : t('errors.unexpectedTitle')
            }
          />
        )}
        <LoginForm />
      </Stack>
    </AuthLayout>
  );
}
