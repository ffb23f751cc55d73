import type { Email } from '@groupdesk/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useResendInvitation } from '../api/resend-invitation';
import { invitationBlock } from '../utils/invitation-block';
import type { InvitedAffiliate } from '../utils/invitation-block';

interface ResendInvitationButtonProps {
  employerId: string;
  affiliate: InvitedAffiliate;
  /** the affiliate's latest e-mails, to tell an invitation that is already scheduled */
  emails: Email[] | undefined;
}

/** Sends the invitation to the employee portal again, now; or says why it cannot be sent. */
export function ResendInvitationButton({ employerId, affiliate, emails }: ResendInvitationButtonProps) {
  const { t } = useTranslation();
  const resend = useResendInvitation();
  const reasonId = useId();
  const block = invitationBlock(affiliate, emails);
  const blockText =
    block === null
      ? null
      : block.reason === 'scheduled'
        ? t('emails.affiliate.blocked.scheduled', { date: formatDateTime(block.dueAt) })
        : t(`emails.affiliate.blocked.${block.reason}`);

  const send = () =>
    resend.mutate(
      { employerId, affiliateId: affiliate.id },
      {
        onSuccess: ({ email }) =>
          notifications.show({
            color: 'teal',
            icon: <IconSend size={18} />,
            title: t('emails.affiliate.resentTitle'),
            message: t('emails.affiliate.resentMessage', { recipient: email.recipient }),
          }),
      },
    );

  const failure = resend.error;
  // the server's refusal says why in its own words (no address, registered, left, already scheduled)
  const failureText = !failure
    ? null
    : isApiError(failure, 409)
      ? failure.message
      : isApiError(failure) && failure.isNetworkError
        ? t('errors.network')
        : isApiError(failure, 403)
          ? t('errors.forbidden')
          : t('errors.unexpected');

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm" justify="flex-end" wrap="wrap">
        {blockText && (
          <Text id={reasonId} size="sm" c="dimmed">
            {blockText}
          </Text>
        )}
        <Button
          variant="light"
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={send}
          loading={resend.isPending}
          disabled={block !== null}
          aria-describedby={blockText ? reasonId : undefined}
        >
          {t('emails.affiliate.resend')}
        </Button>
      </Group>
      {failureText && !resend.isPending && (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title={t('emails.affiliate.resendFailedTitle')}
          role="alert"
          w="100%"
        >
          {failureText}
        </Alert>
      )}
    </Stack>
  );
}
