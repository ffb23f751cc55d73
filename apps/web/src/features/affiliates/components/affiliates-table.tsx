import type { AffiliateListItem, AffiliateSort } from '@groupdesk/contracts';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { SortableTh } from '@/components/ui/sortable-th';
import {
  ContractStatusBadge,
  EmploymentBadge,
  MissingBadge,
  NationalNumber,
  PortalBadge,
  PrivateEmailBadge,
} from './status-badges';
import classes from './affiliates.module.css';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import type { AffiliateSelection } from '../utils/use-selection';
import { SelectPageTh, SelectRowTd } from './selection-cells';

type SortColumn = 'name' | 'nationalNumber' | 'email';

interface AffiliatesTableProps {
  /** undefined while the first page loads */
  affiliates: AffiliateListItem[] | undefined;
  skeletonRows: number;
  sort: AffiliateSort;
  onSort: (sort: AffiliateSort) => void;
  /** ticks to choose affiliates for a task on many (printing statements); none without it */
  selection?: AffiliateSelection;
}

export function AffiliatesTable({ affiliates, skeletonRows, sort, onSort, selection }: AffiliatesTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search: listSearch } = useLocation();
  const columnCount = selection ? 8 : 7;

  const sortableHeader = (column: SortColumn, label: string) => {
    const direction = sort === column ? 'asc' : sort === `-${column}` ? 'desc' : null;
    return (
      <SortableTh
        direction={direction}
        onSort={() => onSort(direction === 'asc' ? `-${column}` : column)}
        title={t('affiliates.sortBy', { column: label })}
      >
        {label}
      </SortableTh>
    );
  };

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing={8} horizontalSpacing="xs" aria-busy={affiliates === undefined}>
        <Table.Thead>
          <Table.Tr>
            {selection && <SelectPageTh selection={selection} affiliates={affiliates} />}
            {sortableHeader('name', t('affiliates.columns.name'))}
            {sortableHeader('nationalNumber', t('affiliates.columns.nationalNumber'))}
            {sortableHeader('email', t('affiliates.columns.email'))}
            <Table.Th>{t('affiliates.columns.employment')}</Table.Th>
            <Table.Th>{t('affiliates.columns.contracts')}</Table.Th>
            <Table.Th>{t('affiliates.columns.portal')}</Table.Th>
            <Table.Th>{t('affiliates.columns.privateEmail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {affiliates === undefined ? (
            <TableSkeletonRows rows={skeletonRows} columns={columnCount} />
          ) : (
            affiliates.map((affiliate) => {
              const to = affiliate.id;
              return (
                <Table.Tr
                  key={affiliate.id}
                  className={classes.row}
                  onClick={(event) => {
                    // keep text selectable: a drag that selects is not a click on the row
                    if (window.getSelection()?.toString()) return;
                    if (event.target instanceof Element && event.target.closest('a')) return;
                    void navigate(to, { state: { listSearch } });
                  }}
                >
                  {selection && <SelectRowTd selection={selection} affiliate={affiliate} />}
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={to}
                      state={{ listSearch }}
                      c="inherit"
                      className={classes.rowLink}
                    >
                      <Text component="span" fw={600} fz="sm" tt="uppercase">
                        {affiliate.lastName}
                      </Text>{' '}
                      <Text component="span" fz="sm">
                        {affiliate.firstName}
                      </Text>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {affiliate.nationalNumber === null ? (
                      <NationalNumber value={null} kind={null} />
                    ) : (
                      // a second way into the row for the mouse; the keyboard has one stop per row, the name
                      <Anchor component={Link} to={to} state={{ listSearch }} c="inherit" tabIndex={-1}>
                        <NationalNumber
                          value={affiliate.nationalNumber}
                          kind={affiliate.nationalNumberKind}
                        />
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td maw={220}>
                    {affiliate.professionalEmail ? (
                      <Text fz="sm" truncate="end" title={affiliate.professionalEmail}>
                        {affiliate.professionalEmail}
                      </Text>
                    ) : (
                      <MissingBadge size="sm" label={t('status.email.missing')} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <EmploymentBadge size="sm" status={affiliate.employmentStatus} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {affiliate.contracts.map((contract) => (
                        <ContractStatusBadge
                          key={contract.number}
                          number={contract.number}
                          status={contract.status}
                        />
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <PortalBadge size="sm" registered={affiliate.portalRegistered} />
                  </Table.Td>
                  <Table.Td>
                    <PrivateEmailBadge size="sm" known={affiliate.privateEmailKnown} />
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
