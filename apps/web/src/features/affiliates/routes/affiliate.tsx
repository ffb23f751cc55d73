import type { AffiliateDetail } from '@groupdesk/contracts';
import { Alert, Anchor, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useEmployerAccess } from '@/lib/session';
import { useAffiliate } from '../api/get-affiliate';
import { AffiliateContracts } from '../components/affiliate-contracts';
import { AffiliateEditForm } from '../components/affiliate-edit-form';
import { AffiliateIdentity } from '../components/affiliate-identity';
import { NationalNumberHistory } from '../components/national-number-history';
import { NationalNumberInfo } from '../components/national-number-info';
import { EmploymentBadge, PortalBadge } from '../components/status-badges';

/** The list's query string, handed over by the list, so "back" returns to the same search and page. */
function listSearchOf(state: unknown): string {
  if (
    typeof state === 'object' &&
    state !== null &&
    'listSearch' in state &&
    typeof state.listSearch === 'string'
  ) {
    return state.listSearch;
  }
  return '';
}

function AffiliateSkeleton() {
  return (
    <Grid aria-busy="true">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Skeleton h={260} radius="md" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Skeleton h={260} radius="md" />
      </Grid.Col>
      <Grid.Col span={12}>
        <Skeleton h={200} radius="md" />
      </Grid.Col>
    </Grid>
  );
}

interface AffiliateRouteProps {
  /**
   * Sections that other features give the page (the e-mails), composed in `app/`: features do not
   * import each other, so this page only offers the place and the loaded affiliate.
   */
  sections?: (affiliate: AffiliateDetail) => ReactNode;
}

export function AffiliateRoute({ sections }: AffiliateRouteProps) {
  const { t } = useTranslation();
  const { employerId = '', affiliateId = '' } = useParams();
  const location = useLocation();
  const access = useEmployerAccess(employerId);
  const affiliate = useAffiliate(employerId, affiliateId);
  const { data } = affiliate;
  usePageTitle(
    data ? `${data.lastName.toUpperCase()} ${data.firstName}` : undefined,
    t('affiliates.pageTitle'),
  );

  const backLink = (
    <Anchor
      component={Link}
      to={`/employers/${employerId}/affiliates${listSearchOf(location.state)}`}
      size="sm"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('affiliate.back')}
      </Group>
    </Anchor>
  );

  if (affiliate.isError && (isApiError(affiliate.error, 404) || isApiError(affiliate.error, 400))) {
    return <NotFound message={t('affiliate.notFound')} />;
  }

  return (
    <Stack gap="md" maw={1400}>
      {backLink}
      {affiliate.isPending ? (
        <AffiliateSkeleton />
      ) : affiliate.isError ? (
        <QueryError
          error={affiliate.error}
          title={t('affiliate.loadFailed')}
          onRetry={() => void affiliate.refetch()}
        />
      ) : (
        <>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              <Text component="span" inherit tt="uppercase">
                {affiliate.data.lastName}
              </Text>{' '}
              {affiliate.data.firstName}
            </Title>
            <EmploymentBadge status={affiliate.data.employmentStatus} />
            <PortalBadge registered={affiliate.data.portalRegistered} />
          </Group>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="md">
                <AffiliateIdentity affiliate={affiliate.data} />
                <NationalNumberInfo affiliate={affiliate.data} />
                <NationalNumberHistory entries={affiliate.data.nationalNumberHistory} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              {access?.canWrite ? (
                // a fresh form after each save, with the saved values as its starting point
                <AffiliateEditForm
                  key={affiliate.data.updatedAt}
                  employerId={employerId}
                  affiliate={affiliate.data}
                />
              ) : (
                <Alert color="gray" icon={<IconLock aria-hidden />}>
                  {t('affiliate.edit.readOnly')}
                </Alert>
              )}
            </Grid.Col>
          </Grid>
          <AffiliateContracts contracts={affiliate.data.contracts} />
          {sections?.(affiliate.data)}
        </>
      )}
    </Stack>
  );
}
