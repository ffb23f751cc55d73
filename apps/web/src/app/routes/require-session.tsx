import { Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useSession, useSessionEnd } from '@/lib/session';

/** Everything below needs a session; without one, the login page, which brings the user back here. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const sessionEnd = useSessionEnd();
  const { pathname, search } = useLocation();

  if (session.isPending) return <PageLoader fullScreen />;
  if (session.isError) {
    return (
      <Center h="100vh" px="md">
        <Stack maw={520} w="100%">
          <QueryError
            error={session.error}
            title={t('errors.unexpectedTitle')}
            onRetry={() => void session.refetch()}
          />
        </Stack>
      </Center>
    );
  }
  if (!session.data) {
    // after a logout, the next user starts afresh; after an expiry, the same user comes back here
    if (sessionEnd === 'logged-out' || pathname === '/') return <Navigate to="/login" replace />;
    const params = new URLSearchParams({ redirect: pathname + search });
    if (sessionEnd === 'expired') params.set('reason', 'expired');
    return <Navigate to={`/login?${params}`} replace />;
  }
  return <Outlet />;
}
