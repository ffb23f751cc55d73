import { type JournalEntry, type ValueContext, fieldLabel, journalValue } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { type Dictionary, en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { nl } from '@/i18n/nl';
import { useContracts } from '@/lib/contracts';
import { entryDiff } from '../utils/entry-diff';

const dictionaries: Record<UiLanguage, Dictionary> = { en, fr, nl };

function Value({ field, value, context }: { field: string; value: unknown; context: ValueContext }) {
  const { t } = useTranslation();
  const shown = journalValue(field, value, context);
  if (shown.kind === 'empty') {
    return (
      <Text fz="sm" c="dimmed">
        {t('journal.diff.empty')}
      </Text>
    );
  }
  if (shown.kind === 'lines') {
    return (
      <Stack gap={2}>
        {shown.lines.map((line, index) => (
          <Text key={index} fz="sm" style={{ wordBreak: 'break-word' }}>
            {line}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <Text fz="sm" ff={shown.kind === 'json' ? 'monospace' : undefined} style={{ wordBreak: 'break-word' }}>
      {shown.text}
    </Text>
  );
}

interface EntryDiffProps {
  employerId: string;
  entry: Pick<JournalEntry, 'id' | 'kind' | 'before' | 'after'>;
}

/** What an entry recorded, field by field, before and after; the changed fields stand out. */
export function EntryDiff({ employerId, entry }: EntryDiffProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // a contract is recorded by its id in a few entries: its number reads better, once the list is there
  const contracts = useContracts(employerId);
  const context = useMemo<ValueContext>(
    () => ({
      entryKind: entry.kind,
      dictionary: dictionaries[language],
      language,
      contractNumbers: new Map(contracts.data?.items.map((contract) => [contract.id, contract.number])),
    }),
    [entry.kind, language, contracts.data],
  );
  const rows = entryDiff(entry);

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
                {fieldLabel(row.field, context.dictionary)}
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
                <Value field={row.field} value={row.before} context={context} />
              )}
            </Table.Td>
            <Table.Td>
              <Value field={row.field} value={row.after} context={context} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
