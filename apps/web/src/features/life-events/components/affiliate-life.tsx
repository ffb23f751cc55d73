import type { AffiliateDetail, GroupContract } from '@groupdesk/contracts';
import { Button, Divider, Group, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDoorExit, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { useEmployerAccess } from '@/lib/session';
import { useAffiliateEvents } from '../api/get-affiliate-events';
import { openSuspension } from '../utils/suspension';
import { AcceptanceDecisionForm } from './acceptance-decision-form';
import { ChangeForm } from './change-form';
import { EventTimeline } from './event-timeline';
import { ExitForm } from './exit-form';
import { SituationFacts } from './situation-facts';

interface AffiliateLifeProps {
  employerId: string;
  affiliate: AffiliateDetail;
  /** the employer's contracts with their N, for the formality of new guarantees; composed in `app/` */
  groupContracts: GroupContract[] | undefined;
}

/**
 * The affiliate page's section on their situation: category, occupancy rate, family situation, suspension
 * and exit, the changes that take effect on the mutation date, and the history of them all.
 */
export function AffiliateLife({ employerId, affiliate, groupContracts }: AffiliateLifeProps) {
  const { t } = useTranslation();
  const access = useEmployerAccess(employerId);
  const events = useAffiliateEvents(employerId, affiliate.id);
  const [open, setOpen] = useState<'change' | 'exit' | null>(null);
  const [deciding, setDeciding] = useState<AffiliateDetail['contracts'][number] | null>(null);
  const suspension = events.data ? openSuspension(events.data.items) : null;
  const inService = affiliate.employmentStatus === 'in-service';
  const done = (message: string) => {
    setOpen(null);
    notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="affiliate-life-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
        <Title order={2} size="h4" id="affiliate-life-title">
          {t('lifeEvents.title')}
        </Title>
        {access?.canWrite && inService && (
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconEdit size={16} aria-hidden />}
              onClick={() => setOpen('change')}
              disabled={!events.data}
            >
              {t('lifeEvents.change.button')}
            </Button>
            {/* an exit recorded ahead is shown in the facts; it is recorded once */}
            {affiliate.leftOn === null && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconDoorExit size={16} aria-hidden />}
                onClick={() => setOpen('exit')}
              >
                {t('lifeEvents.exit.button')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Stack gap="md">
        <SituationFacts
          affiliate={affiliate}
          suspension={suspension}
          onDecide={access?.canWrite ? setDeciding : undefined}
        />
        <Divider />
        <Title order={3} size="h5">
          {t('lifeEvents.history.title')}
        </Title>
        {events.isPending ? (
          <Skeleton h={80} radius="md" aria-busy="true" />
        ) : events.isError ? (
          <QueryError
            error={events.error}
            title={t('lifeEvents.history.loadFailed')}
            onRetry={() => void events.refetch()}
          />
        ) : events.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" role="status">
            {t('lifeEvents.history.empty')}
          </Text>
        ) : (
          <EventTimeline events={events.data.items} />
        )}
      </Stack>
      <Modal
        opened={open === 'change'}
        onClose={() => setOpen(null)}
        title={t('lifeEvents.change.title')}
        size="lg"
      >
        <ChangeForm
          employerId={employerId}
          affiliate={affiliate}
          suspended={suspension !== null}
          groupContracts={groupContracts}
          onSaved={() => done(t('lifeEvents.change.saved'))}
          onCancel={() => setOpen(null)}
        />
      </Modal>
      <Modal
        opened={deciding !== null}
        onClose={() => setDeciding(null)}
        title={t('lifeEvents.acceptance.title')}
      >
        {deciding && (
          <AcceptanceDecisionForm
            employerId={employerId}
            affiliateId={affiliate.id}
            contract={deciding}
            onSaved={() => {
              setDeciding(null);
              done(t('lifeEvents.acceptance.saved'));
            }}
            onCancel={() => setDeciding(null)}
          />
        )}
      </Modal>
      <Modal opened={open === 'exit'} onClose={() => setOpen(null)} title={t('lifeEvents.exit.title')}>
        <ExitForm
          employerId={employerId}
          affiliate={affiliate}
          onSaved={() => done(t('lifeEvents.exit.saved'))}
          onCancel={() => setOpen(null)}
        />
      </Modal>
    </Paper>
  );
}
