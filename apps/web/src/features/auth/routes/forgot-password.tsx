import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { usePageTitle } from '@/hooks/use-page-title';
import { ForgotPasswordForm } from '../components/forgot-password-form';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  usePageTitle(t('password.forgot.pageTitle'));
  return (
    <AuthLayout>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('password.forgot.title')}
        </Title>
        <ForgotPasswordForm />
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/login">
            {t('password.backToLogin')}
          </Anchor>
        </Text>
      </Stack>
    </AuthLayout>
  );
}
