import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { usePasswordLink } from '../api/get-password-link';
import { ExpiredLink } from '../components/expired-link';
import { SecondFactorForm } from '../components/second-factor-form';
import { SetPasswordForm } from '../components/set-password-form';

/** The page of the link in an access or reset e-mail: choose a password, then straight in. */
export function SetPasswordRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const link = usePasswordLink(token);
  const navigate = useNavigate();
  const [step, setStep] = useState<'password' | 'code' | 'done'>('password');
  usePageTitle(t('password.set.pageTitle'));

  // the password is set and the session started: the app takes over
  if (step === 'done') return <Navigate to="/" replace />;

  const content = () => {
    if (token === '' || isApiError(link.error, 404) || isApiError(link.error, 400)) {
      return (
        <Stack gap="md">
          <Alert color="red" icon={<IconLinkOff aria-hidden />} title={t('password.invalid.title')}>
            {t('password.invalid.text')}
          </Alert>
          <Text size="sm" ta="center">
            <Anchor component={Link} to="/forgot-password">
              {t('password.invalid.askNew')}
            </Anchor>
          </Text>
        </Stack>
      );
    }
    if (isApiError(link.error, 410)) return <ExpiredLink token={token} />;
    if (link.isError)
      return (
        <QueryError
          error={link.error}
          title={t('password.set.loadFailed')}
          onRetry={() => void link.refetch()}
        />
      );
    if (link.isPending) return <PageLoader />;
    // the password is set already: a failed code step goes on at the login page
    if (step === 'code')
      return (
        <SecondFactorForm onRestart={() => void navigate('/login')} onSignedIn={() => setStep('done')} />
      );
    return (
      <Stack gap="md">
        <Text size="sm">
          {link.data.purpose === 'invitation' && link.data.employerName
            ? t('password.set.welcome', { name: link.data.name, employer: link.data.employerName })
            : t('password.set.resetIntro', { name: link.data.name })}
        </Text>
        <SetPasswordForm
          token={token}
          link={link.data}
          onSignedIn={() => setStep('done')}
          onSecondFactor={() => setStep('code')}
          onLinkGone={() => void link.refetch()}
        />
      </Stack>
    );
  };

  return (
    <AuthLayout>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('password.set.title')}
        </Title>
        {content()}
      </Stack>
    </AuthLayout>
  );
}
