import type { EmployerSummary } from '@groupdesk/contracts';
import { formatEnterpriseNumber } from '@groupdesk/domain';
import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SortableTh } from '@/components/ui/sortable-th';
import type { SortDirection } from '@/components/ui/sortable-th';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatPercent } from '@/lib/format';
import classes from './employers.module.css';

const columns = [
  'name',
  'affiliates',
  'professionalEmail',
  'privateEmail',
  'missingNationalNumber',
  'portalRegistered',
] as const;
type Column = (typeof columns)[number];

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

const sortValue: Record<Column, (employer: EmployerSummary) => number | string> = {
  name: (e) => e.name,
  affiliates: (e) => e.affiliateCount,
  professionalEmail: (e) => share(e.professionalEmailCount, e.affiliateCount),
  privateEmail: (e) => share(e.privateEmailCount, e.affiliateCount),
  missingNationalNumber: (e) => e.missingNationalNumberCount,
  portalRegistered: (e) => e.portalRegisteredCount,
};

function parseSort(value: string | null): { column: Column; direction: SortDirection } {
  const direction = value?.startsWith('-') ? 'desc' : 'asc';
  const column = columns.find((c) => c === value?.replace(/^-/, '')) ?? 'name';
  return { column, direction };
}

function sortEmployers(
  employers: EmployerSummary[],
  column: Column,
  direction: SortDirection,
  locale: string,
) {
  const sign = direction === 'asc' ? 1 : -1;
  const value = sortValue[column];
  return [...employers].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order =
      typeof x === 'string' || typeof y === 'string'
        ? String(x).localeCompare(String(y), locale, { sensitivity: 'base' })
        : x - y;
    return order * sign || a.name.localeCompare(b.name, locale);
  });
}

/** An account manager's portfolio: how far each employer is with e-mails, numbers and portal registrations. */
export function PortfolioTable({ employers }: { employers: EmployerSummary[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { column: sortColumn, direction } = parseSort(params.get('sort'));
  const rows = sortEmployers(employers, sortColumn, direction, language);

  const sortBy = (column: Column) => {
    // first click sorts names A→Z but numbers from the largest, which is what a reviewer looks for
    const first: SortDirection = column === 'name' ? 'asc' : 'desc';
    const next = column === sortColumn ? (direction === 'asc' ? 'desc' : 'asc') : first;
    setParams({ sort: next === 'desc' ? `-${column}` : column }, { replace: true });
  };

  const header = (column: Column, align: 'left' | 'right' = 'right') => (
    <SortableTh
      direction={sortColumn === column ? direction : null}
      onSort={() => sortBy(column)}
      title={t('employers.sortBy', { column: t(`employers.columns.${column}`) })}
      align={align}
    >
      {t(`employers.columns.${column}`)}
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
      <Table.ScrollContainer minWidth={900}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {header('name', 'left')}
              {header('affiliates')}
              {header('professionalEmail')}
              {header('privateEmail')}
              {header('missingNationalNumber')}
              {header('portalRegistered')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((employer) => (
              <Table.Tr
                key={employer.id}
                className={classes.row}
                onClick={() => void navigate(`/employers/${employer.id}`)}
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/employers/${employer.id}`}
                    fw={600}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {employer.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('employers.enterpriseNumber', {
                      number: formatEnterpriseNumber(employer.enterpriseNumber),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatCount(employer.affiliateCount, language)}</Table.Td>
                {shareCell(employer.professionalEmailCount, employer.affiliateCount)}
                {shareCell(employer.privateEmailCount, employer.affiliateCount)}
                <Table.Td ta="right">
                  {employer.missingNationalNumberCount > 0 ? (
                    <Badge color="orange" variant="light">
                      {formatCount(employer.missingNationalNumberCount, language)}
                    </Badge>
                  ) : (
                    formatCount(0, language)
                  )}
                </Table.Td>
                {shareCell(employer.portalRegisteredCount, employer.affiliateCount)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
