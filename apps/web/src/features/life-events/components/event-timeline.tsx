import type { AffiliateEvent } from '@groupdesk/contracts';
import { Group, Stack, Text, Timeline } from '@mantine/core';
import {
  IconArrowsExchange,
  IconDoorExit,
  IconPlayerPause,
  IconPlayerPlay,
  IconUserPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MedicalFormalityBadge } from '@/components/ui/medical-formality-badge';
import { useUiLanguage } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/format';
import { eventSummary } from '../utils/event-summary';

const icons = {
  affiliation: IconUserPlus,
  suspension: IconPlayerPause,
  'suspension-end': IconPlayerPlay,
  exit: IconDoorExit,
} as const;

/** The affiliate's history, newest first: each event on its date, with its mutation date and who recorded it. */
export function EventTimeline({ events }: { events: AffiliateEvent[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();

  return (
    <Timeline bulletSize={26} lineWidth={2} aria-label={t('lifeEvents.history.title')}>
      {events.map((event) => {
        const Icon = event.kind in icons ? icons[event.kind as keyof typeof icons] : IconArrowsExchange;
        const summary = eventSummary(event, t, language);
        return (
          <Timeline.Item
            key={event.id}
            bullet={<Icon size={14} aria-hidden />}
            title={
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {t(`lifeEvents.kinds.${event.kind}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatDate(event.eventDate)}
                </Text>
              </Group>
            }
          >
            <Stack gap={4}>
              {summary.change && <Text size="sm">{summary.change}</Text>}
              {event.pending && (
                <Text size="sm" c="orange.8" fw={500}>
                  {t('lifeEvents.history.pending', { date: formatDate(event.eventDate) })}
                </Text>
              )}
              {event.mutationDate && (
                <Text size="sm">
                  {t('lifeEvents.history.mutationDate', { date: formatDate(event.mutationDate) })}
                </Text>
              )}
              {summary.guarantees.map((entry) => (
                <Group key={entry.contractId} gap="xs">
                  <Text size="sm">
                    <Text span ff="monospace" inherit>
                      {entry.number}
                    </Text>{' '}
                    {entry.text}
                  </Text>
                  <MedicalFormalityBadge formality={entry.formality} />
                </Group>
              ))}
              <Text size="xs" c="dimmed">
                {t('lifeEvents.history.recorded', {
                  by: event.recordedBy ?? t('lifeEvents.history.insurer'),
                  at: formatDateTime(event.recordedAt),
                })}
              </Text>
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
