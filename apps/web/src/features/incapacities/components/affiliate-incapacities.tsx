import type { AffiliateDetail, Incapacity } from '@groupdesk/contracts';
import { Badge, Button, Group, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFirstAidKit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { formatDate } from '@/lib/format';
import { useEmployerAccess } from '@/lib/session';
import { useIncapacities } from '../api/get-incapacities';
import { CloseIncapacityForm } from './close-incapacity-form';
import { DeclareIncapacityForm } from './declare-incapacity-form';
import { IncapacityOutlook } from './incapacity-outlook';

interface AffiliateIncapacitiesProps {
  employerId: string;
  affiliate: AffiliateDetail;
}

/** The affiliate page's section: the open incapacity with what follows from it, the past ones, declare and close. */
export function AffiliateIncapacities({ employerId, affiliate }: AffiliateIncapacitiesProps) {
  const { t } = useTranslation();
  const access = useEmployerAccess(employerId);
  const incapacities = useIncapacities(employerId, {
    affiliateId: affiliate.id,
    status: 'all',
    pageSize: 20,
  });
  const [dialog, setDialog] = useState<'declare' | Incapacity | null>(null);
  const items = incapacities.data?.items ?? [];
  const open = items.find((item) => item.endDate === null);
  const past = items.filter((item) => item.endDate !== null);
  const canDeclare = access?.canWrite && !open && affiliate.employmentStatus === 'in-service';
  const saved = (message: string) => {
    setDialog(null);
    notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="affiliate-incapacities-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <Title order={2} size="h4" id="affiliate-incapacities-title">
          {t('incapacities.affiliate.title')}
        </Title>
        {canDeclare && (
          <Button
            variant="light"
            leftSection={<IconFirstAidKit size={16} aria-hidden />}
            onClick={() => setDialog('declare')}
          >
            {t('incapacities.declare.button')}
          </Button>
        )}
      </Group>
      {incapacities.isPending ? (
        <Skeleton h={60} radius="md" aria-busy="true" />
      ) : incapacities.isError ? (
        <QueryError
          error={incapacities.error}
          title={t('incapacities.loadFailed')}
          onRetry={() => void incapacities.refetch()}
        />
      ) : (
        <Stack gap="md">
          {open ? (
            <Stack gap="sm">
              <Group justify="space-between" gap="sm">
                <Group gap="xs">
                  <Badge color="orange" variant="light">
                    {t('incapacities.affiliate.open')}
                  </Badge>
                  <Text size="sm">
                    {t('incapacities.affiliate.since', {
                      cause: t(`incapacities.causes.${open.cause}`),
                      date: formatDate(open.firstDay),
                    })}
                  </Text>
                </Group>
                {access?.canWrite && (
                  <Button variant="default" size="xs" onClick={() => setDialog(open)}>
                    {t('incapacities.close.button')}
                  </Button>
                )}
              </Group>
              <IncapacityOutlook outlook={open} declaredOn={open.declaredOn} />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed" role="status">
              {t('incapacities.affiliate.none')}
            </Text>
          )}
          {past.map((item) => (
            <Text key={item.id} size="sm" c="dimmed">
              {t('incapacities.affiliate.past', {
                cause: t(`incapacities.causes.${item.cause}`),
                from: formatDate(item.firstDay),
                to: formatDate(item.endDate!),
              })}
            </Text>
          ))}
        </Stack>
      )}
      <Modal
        opened={dialog === 'declare'}
        onClose={() => setDialog(null)}
        title={t('incapacities.declare.title')}
        size="lg"
      >
        <DeclareIncapacityForm
          employerId={employerId}
          affiliate={affiliate}
          onSaved={() => saved(t('incapacities.declare.saved'))}
          onCancel={() => setDialog(null)}
        />
      </Modal>
      <Modal
        opened={typeof dialog === 'object' && dialog !== null}
        onClose={() => setDialog(null)}
        title={t('incapacities.close.title')}
      >
        {typeof dialog === 'object' && dialog !== null && (
          <CloseIncapacityForm
            employerId={employerId}
            incapacity={dialog}
            onSaved={() => saved(t('incapacities.close.saved'))}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </Paper>
  );
}
