import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { useContracts } from '@/lib/contracts';
import { ContractsTable } from './contracts-table';

/** The home page's section on the group contracts, with its own loading, empty and error states. */
export function EmployerContracts({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const contracts = useContracts(employerId);

  return (
    <Stack component="section" aria-labelledby="contracts-title" gap="sm">
      <div>
        <Title id="contracts-title" order={2} size="h3">
          {t('home.contracts.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('home.contracts.intro')}
        </Text>
      </div>
      {contracts.isError ? (
        <QueryError
          error={contracts.error}
          title={t('home.contracts.loadFailed')}
          onRetry={() => void contracts.refetch()}
        />
      ) : contracts.data?.items.length === 0 ? (
        <Alert icon={<IconInfoCircle aria-hidden />} color="gray">
          {t('home.contracts.empty')}
        </Alert>
      ) : (
        <ContractsTable employerId={employerId} contracts={contracts.data?.items} />
      )}
    </Stack>
  );
}
