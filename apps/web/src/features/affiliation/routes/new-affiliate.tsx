import type { GroupContract } from '@groupdesk/contracts';
import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { useEmployerAccess } from '@/lib/session';
import { AffiliationForm } from '../components/affiliation-form';

interface ContractsState {
  data: GroupContract[] | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * The new-affiliate page. The employer's contracts come from the page that composes it (`app/`), as the
 * affiliates feature owns them; after the save, the new affiliate's page.
 */
export function NewAffiliateRoute({ contracts }: { contracts: ContractsState }) {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const navigate = useNavigate();
  const access = useEmployerAccess(employerId);
  usePageTitle(t('affiliation.pageTitle'));
  const affiliatesPath = `/employers/${employerId}/affiliates`;

  const body = !access?.canWrite ? (
    <Alert color="gray" icon={<IconLock aria-hidden />}>
      {t('affiliation.readOnly')}
    </Alert>
  ) : contracts.isPending ? (
    <Skeleton h={400} radius="md" aria-busy="true" />
  ) : contracts.error || !contracts.data ? (
    <QueryError
      error={contracts.error}
      title={t('affiliation.contractsLoadFailed')}
      onRetry={() => void contracts.refetch()}
    />
  ) : contracts.data.length === 0 ? (
    <Alert color="yellow">{t('affiliation.noContracts')}</Alert>
  ) : (
    <AffiliationForm
      employerId={employerId}
      contracts={contracts.data}
      onCancel={() => void navigate(affiliatesPath)}
      onSaved={(affiliate) => {
        notifications.show({
          color: 'teal',
          icon: <IconCheck size={18} />,
          title: t('affiliation.saved'),
          message: t('affiliation.savedMessage', { name: `${affiliate.firstName} ${affiliate.lastName}` }),
        });
        void navigate(`${affiliatesPath}/${affiliate.id}`);
      }}
    />
  );

  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={affiliatesPath} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('affiliation.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('affiliation.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('affiliation.intro')}
        </Text>
      </div>
      <Paper withBorder radius="md" p="lg">
        {body}
      </Paper>
    </Stack>
  );
}
