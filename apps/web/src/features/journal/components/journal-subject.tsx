import type { JournalEntry } from '@groupdesk/contracts';
import { formatNationalNumber } from '@groupdesk/domain';
import { ActionIcon, Anchor, Group, Text, Tooltip } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

interface JournalSubjectProps {
  employerId: string;
  entry: JournalEntry;
  /** narrows the journal to this affiliate */
  onAffiliate: (affiliateId: string) => void;
}

/** Whom the entry is about: an affiliate (with a link and a filter), a user, or nobody in particular. */
export function JournalSubject({ employerId, entry, onAffiliate }: JournalSubjectProps) {
  const { t } = useTranslation();
  const { affiliate, targetUser } = entry;
  if (affiliate) {
    const only = t('journal.onlyAffiliate', { name: affiliate.name });
    return (
      <Group gap={6} wrap="nowrap">
        <Anchor component={Link} to={`/employers/${employerId}/affiliates/${affiliate.id}`} fz="sm">
          {affiliate.name}
        </Anchor>
        {affiliate.nationalNumber && (
          <Text span fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatNationalNumber(affiliate.nationalNumber)}
          </Text>
        )}
        <Tooltip label={only}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => onAffiliate(affiliate.id)}
            aria-label={only}
          >
            <IconFilter size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );
  }
  if (targetUser) return <Text fz="sm">{t('journal.targetUser', { name: targetUser.name })}</Text>;
  return (
    <Text fz="sm" c="dimmed">
      {t('common.notAvailable')}
    </Text>
  );
}
