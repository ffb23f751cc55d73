import { type JournalEntry, journalKindLabel } from '@groupdesk/contracts';
import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { useUiLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { EntryDiff } from './entry-diff';
import { JournalActor } from './journal-actor';
import { JournalSubject } from './journal-subject';

interface JournalTableProps {
  employerId: string;
  /** undefined while the page loads */
  entries: JournalEntry[] | undefined;
  onAffiliate: (affiliateId: string) => void;
}

const columns = 5;

/** One row per entry; its details (what changed, before and after) open under it. */
export function JournalTable({ employerId, entries, onAffiliate }: JournalTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={8} horizontalSpacing="sm" aria-busy={entries === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>{t('journal.columns.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('journal.columns.at')}</Table.Th>
            <Table.Th>{t('journal.columns.kind')}</Table.Th>
            <Table.Th>{t('journal.columns.actor')}</Table.Th>
            <Table.Th>{t('journal.columns.about')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries === undefined ? (
            <TableSkeletonRows rows={10} columns={columns} />
          ) : (
            entries.map((entry) => {
              const expanded = open.has(entry.id);
              const kind = journalKindLabel(entry.kind, language);
              return (
                <Fragment key={entry.id}>
                  <Table.Tr>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => toggle(entry.id)}
                        aria-expanded={expanded}
                        aria-controls={`journal-entry-${entry.id}`}
                        aria-label={t(expanded ? 'journal.hideDetails' : 'journal.showDetails', { kind })}
                      >
                        {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td>
                      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(entry.at)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text fz="sm" fw={600} title={entry.kind}>
                        {kind}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <JournalActor actor={entry.actor} />
                    </Table.Td>
                    <Table.Td>
                      <JournalSubject employerId={employerId} entry={entry} onAffiliate={onAffiliate} />
                    </Table.Td>
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr id={`journal-entry-${entry.id}`}>
                      <Table.Td />
                      <Table.Td colSpan={columns - 1} pb="md">
                        <EntryDiff employerId={employerId} entry={entry} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
