import type { Email } from '@groupdesk/contracts';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '@/components/ui/query-error';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import { useEmployerAccess } from '@/lib/session';
import { useEmails } from '../api/get-emails';
import { affiliateLogSearch } from '../utils/list-params';
import type { InvitedAffiliate } from '../utils/invitation-block';
import { CancelEmailModal } from './cancel-email-modal';
import { EmailsTable } from './emails-table';
import { ResendInvitationButton } from './resend-invitation-button';

/** The newest only: the whole history is one link away, in the log filtered on this affiliate. */
const latest = 10;

interface AffiliateEmailsProps {
  employerId: string;
  affiliate: InvitedAffiliate;
}

/** The affiliate page's section: their latest e-mails, and the invitation to the portal sent again. */
export function AffiliateEmails({ employerId, affiliate }: AffiliateEmailsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const access = useEmployerAccess(employerId);
  const emails = useEmails(employerId, { affiliateId: affiliate.id, page: 1, pageSize: latest });
  const [cancelling, setCancelling] = useState<Email | null>(null);
  const { data } = emails;

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="affiliate-emails-title">
      <Group justify="space-between" align="flex-start" gap="sm" p="lg" pb="sm" wrap="wrap">
        <Title order={2} size="h4" id="affiliate-emails-title">
          {t('emails.affiliate.title')}
        </Title>
        {access?.canWrite && (
          <ResendInvitationButton employerId={employerId} affiliate={affiliate} emails={data?.items} />
        )}
      </Group>
      {emails.isError ? (
        <Stack p="lg" pt={0}>
          <QueryError
            error={emails.error}
            title={t('emails.affiliate.loadFailed')}
            onRetry={() => void emails.refetch()}
          />
        </Stack>
      ) : data?.items.length === 0 ? (
        <Text size="sm" c="dimmed" px="lg" pb="lg" role="status">
          {t('emails.affiliate.empty')}
        </Text>
      ) : (
        <>
          <EmailsTable
            employerId={employerId}
            emails={data?.items}
            skeletonRows={3}
            withAffiliate={false}
            onCancel={access?.canWrite ? setCancelling : undefined}
          />
          {data && (
            <Group justify="space-between" gap="sm" px="lg" py="sm">
              <Text size="sm" c="dimmed">
                {data.total > latest
                  ? t('emails.affiliate.latest', {
                      shown: formatCount(data.items.length, language),
                      total: formatCount(data.total, language),
                    })
                  : t('emails.total', { value: formatCount(data.total, language) })}
              </Text>
              <Anchor
                component={Link}
                to={`/employers/${employerId}/emails${affiliateLogSearch(affiliate.id)}`}
                size="sm"
                fw={500}
              >
                {t('emails.affiliate.all')}
              </Anchor>
            </Group>
          )}
        </>
      )}
      <CancelEmailModal employerId={employerId} email={cancelling} onClose={() => setCancelling(null)} />
    </Paper>
  );
}
