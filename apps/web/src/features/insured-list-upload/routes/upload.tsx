import { Alert, Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '@/hooks/use-page-title';
import { useEmployerAccess } from '@/lib/session';
import { UploadForm } from '../components/upload-form';
import { UploadNextSteps } from '../components/upload-next-steps';

/** Upload of a completed insured list ("liste des assurés" / "lijst van de verzekerden"). */
export function UploadRoute() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const access = useEmployerAccess(employerId);
  usePageTitle(t('upload.pageTitle'));

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={`/employers/${employerId}/actions`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('upload.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('upload.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('upload.intro')}
        </Text>
      </Stack>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {access?.canWrite ? (
            <UploadForm employerId={employerId} />
          ) : (
            <Alert color="gray" icon={<IconLock aria-hidden />}>
              {t('upload.readOnly')}
            </Alert>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <UploadNextSteps />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
