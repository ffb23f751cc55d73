import type { JournalEntry } from '@groupdesk/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who acted: a user (an account manager is said so), the employee portal or back office, or a job. */
export function JournalActor({ actor }: { actor: JournalEntry['actor'] }) {
  const { t } = useTranslation();
  if (!actor.user) {
    return (
      <Text fz="sm" c="dimmed" fs="italic">
        {t(`journal.actor.${actor.kind === 'service' ? 'service' : 'system'}`)}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text fz="sm">{actor.user.name}</Text>
      {actor.user.kind !== 'employer' && (
        <Badge size="xs" variant="light" color="grape">
          {t(`journal.actor.${actor.user.kind}`)}
        </Badge>
      )}
    </Group>
  );
}
