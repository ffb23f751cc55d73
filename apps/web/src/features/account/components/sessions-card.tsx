import type { AccountSession } from '@groupdesk/contracts';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { formatDateTime } from '@/lib/format';
import { useEndOtherSessions } from '../api/end-other-sessions';
import { useEndSession } from '../api/end-session';
import { useSessions } from '../api/get-sessions';
import { deviceOf } from '../utils/device';

/** Where I am logged in; a session on a lost or shared computer is ended from here. */
export function SessionsCard() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const items = sessions.data?.items;
  const others = items?.filter((session) => !session.current).length ?? 0;

  const end = (session: AccountSession) =>
    endOne.mutate(session.id, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t('account.sessions.ended', { count: 1 }) }),
      onError: () => notifications.show({ color: 'red', message: t('errors.unexpected') }),
    });
  const endAll = () =>
    endOthers.mutate(undefined, {
      onSuccess: ({ ended }) =>
        notifications.show({ color: 'teal', message: t('account.sessions.ended', { count: ended }) }),
      onError: () => notifications.show({ color: 'red', message: t('errors.unexpected') }),
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sessions-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={2} size="h4" id="sessions-title">
              {t('account.sessions.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('account.sessions.intro')}
            </Text>
          </Stack>
          <Button
            variant="light"
            color="red"
            disabled={others === 0}
            loading={endOthers.isPending}
            onClick={endAll}
          >
            {t('account.sessions.endOthers')}
          </Button>
        </Group>
        {sessions.isError ? (
          <QueryError
            error={sessions.error}
            title={t('account.sessions.loadFailed')}
            onRetry={() => void sessions.refetch()}
          />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.sessions.device')}</Table.Th>
                  <Table.Th>{t('account.sessions.ip')}</Table.Th>
                  <Table.Th>{t('account.sessions.started')}</Table.Th>
                  <Table.Th>{t('account.sessions.lastSeen')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('account.sessions.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items === undefined ? (
                  <TableSkeletonRows rows={2} columns={5} />
                ) : (
                  items.map((session) => (
                    <Table.Tr key={session.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm" title={session.userAgent ?? undefined}>
                            {deviceOf(session.userAgent) ?? t('common.unknown')}
                          </Text>
                          {session.current && (
                            <Badge size="sm" variant="light" color="teal">
                              {t('account.sessions.current')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{session.ip ?? t('common.unknown')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(session.createdAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(session.lastSeenAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        {!session.current && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            loading={endOne.isPending && endOne.variables === session.id}
                            onClick={() => end(session)}
                          >
                            {t('account.sessions.end')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
