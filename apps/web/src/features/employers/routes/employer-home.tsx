import { formatEnterpriseNumber } from '@groupdesk/domain';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { useEmployers } from '../api/get-employers';
import { EmployerContracts } from '../components/employer-contracts';
import { EmployerFigures } from '../components/employer-figures';
import { MissingNumbersCard } from '../components/missing-numbers-card';

function FiguresSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton h={130} radius="md" />
      <Skeleton h={100} radius="md" />
    </Stack>
  );
}

/** The employer's home: its figures, what is missing for the employee portal, and its contracts. */
export function EmployerHomeRoute() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const employers = useEmployers();
  // the figures come with the list of the user's employers: no request of their own
  const employer = employers.data?.items.find((item) => item.id === employerId);
  usePageTitle(employer?.name, t('home.pageTitle'));

  if (employers.isSuccess && !employer) return <NotFound />;

  return (
    <Stack gap="xl" maw={1400}>
      <div>
        <Title order={1} size="h2">
          {employer?.name ?? t('home.title')}
        </Title>
        {employer && (
          <Text c="dimmed">
            {t('employers.enterpriseNumber', {
              number: formatEnterpriseNumber(employer.enterpriseNumber),
            })}
          </Text>
        )}
      </div>
      {employers.isPending ? (
        <FiguresSkeleton />
      ) : employers.isError ? (
        <QueryError
          error={employers.error}
          title={t('home.loadFailed')}
          onRetry={() => void employers.refetch()}
        />
      ) : (
        employer && (
          <Stack gap="md">
            <MissingNumbersCard employerId={employerId} count={employer.missingNationalNumberCount} />
            <EmployerFigures employer={employer} />
          </Stack>
        )
      )}
      <EmployerContracts employerId={employerId} />
    </Stack>
  );
}
