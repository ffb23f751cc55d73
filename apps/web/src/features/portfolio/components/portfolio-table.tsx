import type { PortfolioEmployer } from '@groupdesk/contracts';
import { formatEnterpriseNumber } from '@groupdesk/domain';
import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SortableTh } from '@/components/ui/sortable-th';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatPercent } from '@/lib/format';
import {
  type PortfolioColumn,
  type SortDirection,
  parseSort,
  share,
  sortPortfolio,
} from '../utils/portfolio-sort';
import { LastUpload } from './last-upload';

/** The portfolio's employers, sortable by any figure; the order lives in the URL. */
export function PortfolioTable({ employers }: { employers: PortfolioEmployer[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const { column: sortColumn, direction } = parseSort(params.get('sort'));
  const rows = sortPortfolio(employers, sortColumn, direction, language);

  const sortBy = (column: PortfolioColumn) => {
    // names A→Z first, figures from the largest first: what a reviewer looks for
    const first: SortDirection = column === 'name' ? 'asc' : 'desc';
    const next = column === sortColumn ? (direction === 'asc' ? 'desc' : 'asc') : first;
    setParams({ sort: next === 'desc' ? `-${column}` : column }, { replace: true });
  };

  const header = (column: PortfolioColumn, align: 'left' | 'right' = 'right') => (
    <SortableTh
      direction={sortColumn === column ? direction : null}
      onSort={() => sortBy(column)}
      title={t('portfolio.sortBy', { column: t(`portfolio.columns.${column}`) })}
      align={align}
    >
      {t(`portfolio.columns.${column}`)}
    </SortableTh>
  );

  const shareCell = (count: number, total: number) => (
    <Table.Td ta="right">
      <Text size="sm" fw={500}>
        {formatPercent(share(count, total), language)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatCount(count, language)}
      </Text>
    </Table.Td>
  );

  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={1100}>
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('portfolio.title')}>
          <Table.Thead>
            <Table.Tr>
              {header('name', 'left')}
              {header('affiliates')}
              {header('professionalEmail')}
              {header('privateEmail')}
              {header('invitations')}
              {header('portalRegistered')}
              {header('missingNationalNumber')}
              {header('lastUpload', 'left')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((employer) => (
              <Table.Tr key={employer.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/employers/${employer.id}`} fw={600}>
                    {employer.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('portfolio.enterpriseNumber', {
                      number: formatEnterpriseNumber(employer.enterpriseNumber),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatCount(employer.affiliateCount, language)}</Table.Td>
                {shareCell(employer.professionalEmailCount, employer.affiliateCount)}
                {shareCell(employer.privateEmailCount, employer.affiliateCount)}
                <Table.Td ta="right">
                  <Text size="sm" fw={500}>
                    {t('portfolio.invitations', { sent: formatCount(employer.invitationsSent, language) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('portfolio.invitationsScheduled', {
                      scheduled: formatCount(employer.invitationsScheduled, language),
                    })}
                  </Text>
                </Table.Td>
                {shareCell(employer.portalRegisteredCount, employer.affiliateCount)}
                <Table.Td ta="right">
                  {employer.missingNationalNumberCount > 0 ? (
                    <Badge color="orange" variant="light">
                      {formatCount(employer.missingNationalNumberCount, language)}
                    </Badge>
                  ) : (
                    formatCount(0, language)
                  )}
                </Table.Td>
                <Table.Td>
                  <LastUpload upload={employer.lastUpload} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
