import type { Email, EmailStatus } from '@groupdesk/contracts';
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

const colors: Record<EmailStatus, string> = {
  scheduled: 'blue',
  sending: 'cyan',
  sent: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

/** The status badge, and what a reader asks next: when it goes, when it went, or why it did not. */
export function EmailStatusCell({ email }: { email: Email }) {
  const { t } = useTranslation();
  const reason = email.lastError ?? t('emails.status.noReason');

  return (
    <Stack gap={2} align="flex-start">
      <Badge
        size="sm"
        variant={email.status === 'cancelled' ? 'outline' : 'light'}
        color={colors[email.status]}
      >
        {t(`emails.statuses.${email.status}`)}
      </Badge>
      {email.status === 'scheduled' && (
        <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('emails.status.dueOn', { date: formatDateTime(email.dueAt) })}
        </Text>
      )}
      {email.status === 'sent' && email.sentAt && (
        <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('emails.status.sentOn', { date: formatDateTime(email.sentAt) })}
        </Text>
      )}
      {(email.status === 'failed' || email.status === 'cancelled') && (
        <Text fz="xs" c={email.status === 'failed' ? 'red' : 'dimmed'}>
          {reason}
        </Text>
      )}
      {/* a temporary error: the outbox tries again, the reader should know it is not plain sailing */}
      {(email.status === 'scheduled' || email.status === 'sending') && email.lastError && (
        <Text fz="xs" c="orange.8">
          {t('emails.status.retrying', { attempts: email.attempts, error: email.lastError })}
        </Text>
      )}
    </Stack>
  );
}
