import type { Email } from '@groupdesk/contracts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFound } from '@/components/ui/not-found';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api-client';
import { useEmployerAccess } from '@/lib/session';
import { useEmails } from '../api/get-emails';
import { CancelEmailModal } from '../components/cancel-email-modal';
import { EmailFilters } from '../components/email-filters';
import { EmailsEmpty } from '../components/emails-empty';
import { EmailsPagination } from '../components/emails-pagination';
import { EmailsTable } from '../components/emails-table';
import { hasFilter } from '../utils/list-params';
import { useListParams } from '../utils/use-list-params';

const cleared = {
  kind: undefined,
  status: undefined,
  affiliateId: undefined,
  from: undefined,
  to: undefined,
};

/** The e-mail log: what the outbox sent or will send to the employer's affiliates, and why not when it did not. */
export function EmailsRoute() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const [query, update] = useListParams();
  const emails = useEmails(employerId, query);
  const access = useEmployerAccess(employerId);
  const [cancelling, setCancelling] = useState<Email | null>(null);
  const filtered = hasFilter(query);
  const clear = () => update(cleared);
  usePageTitle(t('emails.pageTitle'));

  // a malformed or unknown employer in the URL
  if (isApiError(emails.error, 404) || isApiError(emails.error, 400)) return <NotFound />;

  const { data } = emails;
  const empty = data !== undefined && data.items.length === 0 && !emails.isPlaceholderData;
  // the URL holds the affiliate's id; their name comes with their e-mails
  const affiliate = data?.items.find((email) => email.affiliate?.id === query.affiliateId)?.affiliate;
  const affiliateName = emails.isPending ? t('common.loading') : affiliate?.name;

  return (
    <Stack gap="md" maw={1400}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('emails.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('emails.intro')}
        </Text>
      </Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <EmailFilters
          query={query}
          affiliateName={affiliateName}
          onChange={update}
          onClear={filtered ? clear : undefined}
        />
      </Group>
      {emails.isError && (
        <QueryError
          error={emails.error}
          title={t('emails.loadFailed')}
          onRetry={() => void emails.refetch()}
        />
      )}
      {!(emails.isError && !data) && (
        <Paper withBorder radius="md">
          {empty ? (
            <EmailsEmpty filtered={filtered} onClear={clear} />
          ) : (
            <EmailsTable
              employerId={employerId}
              emails={emails.isPlaceholderData ? undefined : data?.items}
              skeletonRows={8}
              onCancel={access?.canWrite ? setCancelling : undefined}
            />
          )}
        </Paper>
      )}
      {data && data.total > 0 && (
        <EmailsPagination
          total={data.total}
          page={query.page}
          pageSize={query.pageSize}
          onPage={(page) => update({ page })}
        />
      )}
      <CancelEmailModal employerId={employerId} email={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}
