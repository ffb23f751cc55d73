import type { JournalEntry } from '@groupdesk/contracts';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dictionary } from '@/i18n/en';
import { type DiffRow, entryDiff, valueText } from '../utils/entry-diff';

type FieldKey = keyof Dictionary['journal']['fields'];

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = valueText(value);
  if (text === null) {
    return (
      <Text fz="sm" c="dimmed">
        {t('journal.diff.empty')}
      </Text>
    );
  }
  return (
    <Text
      fz="sm"
      ff={text.startsWith('{') || text.startsWith('[') ? 'monospace' : undefined}
      style={{ wordBreak: 'break-word' }}
    >
      {text}
    </Text>
  );
}

/** What an entry recorded, field by field, before and after; the changed fields stand out. */
export function EntryDiff({ entry }: { entry: Pick<JournalEntry, 'id' | 'before' | 'after'> }) {
  const { t, i18n } = useTranslation();
  const rows = entryDiff(entry);
  const fieldName = (row: DiffRow) =>
    i18n.exists(`journal.fields.${row.field}`) ? t(`journal.fields.${row.field as FieldKey}`) : row.field;

  if (rows.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('journal.diff.nothing')}
      </Text>
    );
  }
  return (
    <Table
      withTableBorder
      withColumnBorders
      fz="sm"
      verticalSpacing={4}
      aria-label={t('journal.diff.label', { id: entry.id })}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="25%">{t('journal.diff.field')}</Table.Th>
          <Table.Th>{t('journal.diff.before')}</Table.Th>
          <Table.Th>{t('journal.diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={row.field}
            bg={row.changed ? 'yellow.0' : undefined}
            data-changed={row.changed || undefined}
          >
            <Table.Td>
              <Text fz="sm" fw={500}>
                {fieldName(row)}
              </Text>
              {row.changed && (
                <Badge size="xs" color="yellow" variant="light">
                  {t('journal.diff.changed')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {entry.before === null ? (
                <Text fz="sm" c="dimmed">
                  {t('journal.diff.notRecorded')}
                </Text>
              ) : (
                <Value value={row.before} />
              )}
            </Table.Td>
            <Table.Td>
              <Value value={row.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
