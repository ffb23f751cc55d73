import type { GroupContract } from '@groupdesk/contracts';
import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatDate } from '@/lib/format';

const statuses = ['active', 'passive', 'terminated'] as const;

interface ContractsTableProps {
  employerId: string;
  /** undefined while loading */
  contracts: GroupContract[] | undefined;
}

/** The employer's group contracts, with how many affiliates each holds in each status (seeds, FAQ 1). */
export function ContractsTable({ employerId, contracts }: ContractsTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();

  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" aria-busy={contracts === undefined}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('home.contracts.columns.number')}</Table.Th>
              <Table.Th>{t('home.contracts.columns.name')}</Table.Th>
              <Table.Th>{t('home.contracts.columns.planType')}</Table.Th>
              <Table.Th ta="right">{t('home.contracts.columns.personalRiskPeriod')}</Table.Th>
              <Table.Th>{t('home.contracts.columns.startDate')}</Table.Th>
              {statuses.map((status) => (
                <Table.Th key={status} ta="right">
                  {t(`status.contract.${status}`)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`home.contracts.statusMeaning.${status}`)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts === undefined ? (
              <TableSkeletonRows rows={2} columns={8} />
            ) : (
              contracts.map((contract) => (
                <Table.Tr key={contract.id}>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {contract.number}
                  </Table.Td>
                  <Table.Td>{contract.name}</Table.Td>
                  <Table.Td>{t(`status.plan.${contract.planType}`)}</Table.Td>
                  <Table.Td ta="right">
                    {t('home.contracts.days', {
                      count: contract.personalRiskPeriodDays,
                      value: formatCount(contract.personalRiskPeriodDays, language),
                    })}
                  </Table.Td>
                  <Table.Td>{formatDate(contract.startDate)}</Table.Td>
                  {statuses.map((status) => {
                    const count = contract.affiliateCounts[status];
                    return (
                      <Table.Td key={status} ta="right">
                        <Anchor
                          component={Link}
                          to={`/employers/${employerId}/affiliates?contractId=${contract.id}&contractStatus=${status}`}
                          aria-label={t(`home.contracts.countLink.${status}`, {
                            count,
                            value: formatCount(count, language),
                            number: contract.number,
                          })}
                          fw={500}
                        >
                          {formatCount(count, language)}
                        </Anchor>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
