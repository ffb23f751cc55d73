import type { Email } from '@groupdesk/contracts';
import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { formatDateTime } from '@/lib/format';
import { EmailStatusCell } from './email-status';

interface EmailsTableProps {
  employerId: string;
  /** undefined while the first page loads */
  emails: Email[] | undefined;
  skeletonRows: number;
  /** false on an affiliate's own page, where every row is theirs */
  withAffiliate?: boolean;
  /** write users only: offered on scheduled rows */
  onCancel?: (email: Email) => void;
}

export function EmailsTable({
  employerId,
  emails,
  skeletonRows,
  withAffiliate = true,
  onCancel,
}: EmailsTableProps) {
  const { t } = useTranslation();
  const columnCount = 5 + (withAffiliate ? 1 : 0) + (onCancel ? 1 : 0);

  return (
    <Table.ScrollContainer minWidth={withAffiliate ? 1000 : 820}>
      <Table verticalSpacing={8} horizontalSpacing="sm" aria-busy={emails === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('emails.columns.createdAt')}</Table.Th>
            <Table.Th>{t('emails.columns.kind')}</Table.Th>
            <Table.Th>{t('emails.columns.recipient')}</Table.Th>
            {withAffiliate && <Table.Th>{t('emails.columns.affiliate')}</Table.Th>}
            <Table.Th>{t('emails.columns.status')}</Table.Th>
            <Table.Th>{t('emails.columns.subject')}</Table.Th>
            {onCancel && (
              <Table.Th>
                <VisuallyHidden>{t('emails.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {emails === undefined ? (
            <TableSkeletonRows rows={skeletonRows} columns={columnCount} />
          ) : (
            emails.map((email) => (
              <Table.Tr key={email.id}>
                <Table.Td>
                  <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(email.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {t(`emails.kinds.${email.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td maw={240}>
                  <Text fz="sm" truncate="end" title={email.recipient}>
                    {email.recipient}
                  </Text>
                </Table.Td>
                {withAffiliate && (
                  <Table.Td>
                    {email.affiliate ? (
                      <Anchor
                        component={Link}
                        to={`/employers/${employerId}/affiliates/${email.affiliate.id}`}
                        fz="sm"
                      >
                        {email.affiliate.name}
                      </Anchor>
                    ) : (
                      // e-mails to users (access, password) belong to no affiliate
                      <Text fz="sm" c="dimmed">
                        {t('common.notAvailable')}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <EmailStatusCell email={email} />
                </Table.Td>
                <Table.Td maw={280}>
                  {email.subject ? (
                    <Text fz="sm" lineClamp={2} title={email.subject}>
                      {email.subject}
                    </Text>
                  ) : (
                    // the subject is written in the recipient's language when the e-mail goes
                    <Text fz="sm" c="dimmed">
                      {email.status === 'scheduled' || email.status === 'sending'
                        ? t('emails.subjectPending')
                        : t('common.notAvailable')}
                    </Text>
                  )}
                </Table.Td>
                {onCancel && (
                  <Table.Td ta="right">
                    {email.status === 'scheduled' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconMailOff size={14} aria-hidden />}
                        onClick={() => onCancel(email)}
                        aria-label={t('emails.cancel.label', {
                          kind: t(`emails.kinds.${email.kind}`),
                          recipient: email.recipient,
                        })}
                      >
                        {t('emails.cancel.button')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
