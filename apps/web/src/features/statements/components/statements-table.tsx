import type { Statement } from '@groupdesk/contracts';
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { useUiLanguage } from '@/i18n';
import { formatDate, formatMoney } from '@/lib/format';

const columnCount = 8;

interface StatementsTableProps {
  /** undefined while the history loads */
  statements: Statement[] | undefined;
  skeletonRows: number;
}

/** An affiliate's statements, one row per year and contract, with the figures a reader looks for first. */
export function StatementsTable({ statements, skeletonRows }: StatementsTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const money = (amount: number) => formatMoney(amount, language);

  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table verticalSpacing={8} horizontalSpacing="sm" aria-busy={statements === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.columns.year')}</Table.Th>
            <Table.Th>{t('statements.columns.issueDate')}</Table.Th>
            <Table.Th>{t('statements.columns.contract')}</Table.Th>
            <Table.Th ta="right">{t('statements.columns.vestedReserves')}</Table.Th>
            <Table.Th ta="right">{t('statements.columns.retirementCapital')}</Table.Th>
            <Table.Th ta="right">{t('statements.columns.deathCapital')}</Table.Th>
            <Table.Th ta="right">{t('statements.columns.premiums')}</Table.Th>
            <Table.Th>{t('statements.columns.pdf')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statements === undefined ? (
            <TableSkeletonRows rows={skeletonRows} columns={columnCount} />
          ) : (
            statements.map((statement) => {
              const { figures } = statement;
              return (
                <Table.Tr key={statement.id}>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Text fz="sm" fw={600}>
                        {statement.year}
                      </Text>
                      {statement.latest && (
                        <Badge size="sm" variant="light" color="teal">
                          {t('statements.latest')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(statement.issueDate)}
                    </Text>
                    <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('statements.referenceDate', { date: formatDate(figures.referenceDate) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" ff="monospace" fw={600}>
                      {statement.contract.number}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {statement.contract.name}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {money(figures.vestedReserves)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {money(figures.projectedRetirementCapital)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {money(figures.deathCapital)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {money(figures.employerPremium + figures.personalPremium)}
                    </Text>
                    <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('statements.premiumSplit', {
                        employer: money(figures.employerPremium),
                        personal: money(figures.personalPremium),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {/* a plain link: the session cookie goes with it and the browser saves the attachment */}
                    <Anchor
                      href={statement.pdfUrl}
                      download
                      fz="sm"
                      fw={500}
                      aria-label={t('statements.downloadLabel', {
                        year: statement.year,
                        contract: statement.contract.number,
                      })}
                    >
                      <Group gap={4} wrap="nowrap" component="span">
                        <IconDownload size={16} aria-hidden />
                        {t('statements.download')}
                      </Group>
                    </Anchor>
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
