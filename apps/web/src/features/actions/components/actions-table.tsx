import { statementPrintActionKind } from '@groupdesk/contracts';
import type { Action } from '@groupdesk/contracts';
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Dictionary } from '@/i18n/en';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatDate, formatDateTime, formatPercent } from '@/lib/format';
import { ActionStatusBadge } from '@/components/ui/action-status-badge';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { UploadSummary } from './upload-summary';

// the API's kinds contain dots, which i18next reads as nesting: map them to dictionary keys
const kindKeys: Record<string, keyof Dictionary['actions']['kinds']> = {
  'insured-list.export': 'insuredListExport',
  'insured-list.upload': 'insuredListUpload',
  [statementPrintActionKind]: 'statementsPrint',
};

// the counts an action reports, by the plural key that names them ("120 rows", "50 statements")
const countKeys = { rows: 'rows', statements: 'statements', affiliates: 'affiliates' } as const;
const isCountKey = (key: string): key is keyof typeof countKeys => Object.hasOwn(countKeys, key);

const uploadKind = 'insured-list.upload';
const columnCount = 5;

interface ActionsTableProps {
  employerId: string;
  /** undefined while the first page loads */
  actions: Action[] | undefined;
  skeletonRows: number;
}

function ActionDetails({ action }: { action: Action }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const pending = action.status === 'queued' || action.status === 'running';

  return (
    <Stack gap={4} align="flex-start">
      {pending && (
        <Group gap="xs" wrap="nowrap" w="100%" maw={240}>
          <Progress
            value={action.progress}
            size="md"
            radius="xl"
            flex={1}
            animated={action.status === 'running'}
            aria-label={t('actions.progress', { value: formatPercent(action.progress / 100, language) })}
          />
          <Text fz="xs" c="dimmed" miw={36} ta="right">
            {formatPercent(action.progress / 100, language)}
          </Text>
        </Group>
      )}
      {action.kind === uploadKind ? (
        <UploadSummary action={action} />
      ) : (
        Object.entries(action.counts).map(([key, value]) => (
          <Text key={key} fz="sm">
            {isCountKey(key)
              ? t(`actions.${countKeys[key]}`, { count: value, value: formatCount(value, language) })
              : `${key}: ${formatCount(value, language)}`}
          </Text>
        ))
      )}
      {action.status === 'failed' && action.error && (
        <Text fz="sm" c="red">
          {action.error}
        </Text>
      )}
      {action.kind !== uploadKind && action.status === 'ready' && action.downloadUrl && (
        <Group gap="xs" wrap="wrap">
          <Anchor href={action.downloadUrl} download={action.fileName ?? true} fz="sm" fw={500}>
            <Group gap={4} wrap="nowrap" component="span">
              <IconDownload size={16} aria-hidden />
              {t('actions.download')}
            </Group>
          </Anchor>
          {action.expiresAt && (
            <Text fz="xs" c="dimmed">
              {t('actions.expiresOn', { date: formatDate(action.expiresAt) })}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

export function ActionsTable({ employerId, actions, skeletonRows }: ActionsTableProps) {
  const { t } = useTranslation();

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing={8} horizontalSpacing="sm" aria-busy={actions === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actions.columns.kind')}</Table.Th>
            <Table.Th>{t('actions.columns.requestedBy')}</Table.Th>
            <Table.Th>{t('actions.columns.createdAt')}</Table.Th>
            <Table.Th>{t('actions.columns.status')}</Table.Th>
            <Table.Th>{t('actions.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions === undefined ? (
            <TableSkeletonRows rows={skeletonRows} columns={columnCount} />
          ) : (
            actions.map((action) => {
              const kindKey = kindKeys[action.kind];
              return (
                <Table.Tr key={action.id}>
                  <Table.Td>
                    {action.kind === uploadKind ? (
                      // an upload has a page of its own: its preview, apply and undo
                      <Anchor
                        component={Link}
                        to={`/employers/${employerId}/actions/${action.id}`}
                        fz="sm"
                        fw={600}
                        // the visible name, plus the date that tells one upload from another
                        aria-label={t('actions.openUpload', {
                          kind: t('actions.kinds.insuredListUpload'),
                          date: formatDateTime(action.createdAt),
                        })}
                      >
                        {t('actions.kinds.insuredListUpload')}
                      </Anchor>
                    ) : (
                      <Text fz="sm" fw={600}>
                        {kindKey ? t(`actions.kinds.${kindKey}`) : action.kind}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{action.requestedBy?.name ?? t('actions.unknownRequester')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(action.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionStatusBadge status={action.status} />
                  </Table.Td>
                  <Table.Td miw={240}>
                    <ActionDetails action={action} />
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
