import type { NationalNumberHistoryEntry } from '@groupdesk/contracts';
import { formatNationalNumber } from '@groupdesk/domain';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

const numberText = (value: string | null) => (value === null ? null : formatNationalNumber(value));

/** Every number the affiliate held, newest first: a BIS number replaced, a correction, with who and when. */
export function NationalNumberHistory({ entries }: { entries: NationalNumberHistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="number-history-title">
      <Title order={2} size="h4" mb="sm" id="number-history-title">
        {t('affiliate.numberHistory.title')}
      </Title>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('affiliate.numberHistory.when')}</Table.Th>
              <Table.Th>{t('affiliate.numberHistory.change')}</Table.Th>
              <Table.Th>{t('affiliate.numberHistory.previous')}</Table.Th>
              <Table.Th>{t('affiliate.numberHistory.new')}</Table.Th>
              <Table.Th>{t('affiliate.numberHistory.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={`${entry.changedAt}-${entry.newNumber ?? ''}`}>
                <Table.Td>{formatDateTime(entry.changedAt)}</Table.Td>
                <Table.Td>{t(`affiliate.numberHistory.kinds.${entry.change}`)}</Table.Td>
                <Table.Td ff="monospace">
                  {numberText(entry.previousNumber) ?? (
                    <Text span c="dimmed" size="sm">
                      {t('common.notAvailable')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{numberText(entry.newNumber)}</Table.Td>
                <Table.Td>{entry.changedBy ?? t('affiliate.numberHistory.insurer')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
