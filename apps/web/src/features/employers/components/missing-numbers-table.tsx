import type { AffiliateListItem } from '@groupdesk/contracts';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { formatDate } from '@/lib/format';

type ContractStatus = AffiliateListItem['contracts'][number]['status'];

const contractColors: Record<ContractStatus, string> = {
  active: 'teal',
  passive: 'yellow',
  terminated: 'gray',
};

// the affiliate page's "back" link returns to the affiliates filtered the same way as this list
const backToFilteredList = { listSearch: '?missing=nationalNumber' };

interface MissingNumbersTableProps {
  employerId: string;
  /** undefined while the page loads */
  affiliates: AffiliateListItem[] | undefined;
  skeletonRows: number;
}

/** The affiliates without a number; each name opens the affiliate's page, where the number is added. */
export function MissingNumbersTable({ employerId, affiliates, skeletonRows }: MissingNumbersTableProps) {
  const { t } = useTranslation();

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={8} aria-busy={affiliates === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('missingNumbers.columns.name')}</Table.Th>
            <Table.Th>{t('missingNumbers.columns.birthDate')}</Table.Th>
            <Table.Th>{t('missingNumbers.columns.status')}</Table.Th>
            <Table.Th>{t('missingNumbers.columns.contracts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {affiliates === undefined ? (
            <TableSkeletonRows rows={skeletonRows} columns={4} />
          ) : (
            affiliates.map((affiliate) => (
              <Table.Tr key={affiliate.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/employers/${employerId}/affiliates/${affiliate.id}`}
                    state={backToFilteredList}
                    fz="sm"
                  >
                    <Text component="span" inherit fw={600} tt="uppercase">
                      {affiliate.lastName}
                    </Text>{' '}
                    {affiliate.firstName}
                  </Anchor>
                </Table.Td>
                <Table.Td fz="sm">
                  {affiliate.birthDate ? formatDate(affiliate.birthDate) : t('common.notAvailable')}
                </Table.Td>
                <Table.Td fz="sm">{t(`status.employment.${affiliate.employmentStatus}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {affiliate.contracts.map((contract) => (
                      <Badge key={contract.number} color={contractColors[contract.status]} variant="light">
                        {`${contract.number} · ${t(`status.contract.${contract.status}`)}`}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
