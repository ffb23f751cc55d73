import type { UploadRow } from '@groupdesk/contracts';
import { formatNationalNumber } from '@groupdesk/domain';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import type { ConflictChoices } from '../utils/use-conflict-choices';
import { ConflictChoice } from './conflict-choice';
import { OutcomeBadge } from './outcome-badge';
import { RowEmail } from './row-email';
import { RowMessages } from './row-messages';

interface UploadRowsTableProps {
  /** undefined while the page loads */
  rows: UploadRow[] | undefined;
  /** given while conflicts can still be settled: adds the choice column */
  choices?: ConflictChoices;
}

function AffiliateCell({ affiliate }: { affiliate: UploadRow['affiliate'] }) {
  const { t } = useTranslation();
  if (!affiliate) {
    return (
      <Text fz="sm" c="dimmed" fs="italic">
        {t('uploadAction.rows.unknownAffiliate')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text fz="sm" fw={600}>
        {affiliate.name}
      </Text>
      <Text fz="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {affiliate.nationalNumber
          ? formatNationalNumber(affiliate.nationalNumber)
          : t('uploadAction.rows.noNationalNumber')}
      </Text>
    </Stack>
  );
}

/** The rows of the sheet as the check left them, with the conflict choices while they can be made. */
export function UploadRowsTable({ rows, choices }: UploadRowsTableProps) {
  const { t } = useTranslation();
  const columns = choices ? 6 : 5;

  return (
    <Table.ScrollContainer minWidth={choices ? 1080 : 900}>
      <Table verticalSpacing={8} horizontalSpacing="sm" aria-busy={rows === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('uploadAction.rows.columns.sheetRow')}</Table.Th>
            <Table.Th>{t('uploadAction.rows.columns.affiliate')}</Table.Th>
            <Table.Th>{t('uploadAction.rows.columns.email')}</Table.Th>
            <Table.Th>{t('uploadAction.rows.columns.outcome')}</Table.Th>
            <Table.Th>{t('uploadAction.rows.columns.messages')}</Table.Th>
            {choices && <Table.Th>{t('uploadAction.rows.columns.choice')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows === undefined ? (
            <TableSkeletonRows rows={8} columns={columns} />
          ) : rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text fz="sm" c="dimmed" ta="center" py="md" role="status">
                  {t('uploadAction.rows.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={row.sheetRow}>
                <Table.Td>
                  <Text fz="sm" ff="monospace">
                    {row.sheetRow}
                  </Text>
                </Table.Td>
                <Table.Td miw={180}>
                  <AffiliateCell affiliate={row.affiliate} />
                </Table.Td>
                <Table.Td miw={260}>
                  <RowEmail row={row} />
                </Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={row.outcome} />
                </Table.Td>
                <Table.Td miw={260}>
                  <RowMessages messages={row.messages} />
                </Table.Td>
                {choices && (
                  <Table.Td miw={220}>
                    {row.outcome === 'conflict' && (
                      <ConflictChoice
                        sheetRow={row.sheetRow}
                        value={choices.choiceOf(row.sheetRow)}
                        onChange={(take) => choices.choose(row.sheetRow, take)}
                      />
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
