import type { EmployerSummary } from '@groupdesk/contracts';
import { formatEnterpriseNumber } from '@groupdesk/domain';
import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import classes from './employers.module.css';

/** An HR officer with access to several employers picks one. */
export function EmployerCards({ employers }: { employers: EmployerSummary[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {employers.map((employer) => (
        <Card
          key={employer.id}
          component={Link}
          to={`/employers/${employer.id}`}
          withBorder
          radius="md"
          padding="lg"
          className={classes.card}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={600} fz="lg">
                {employer.name}
              </Text>
              <Text size="sm" c="dimmed">
                {t('employers.enterpriseNumber', {
                  number: formatEnterpriseNumber(employer.enterpriseNumber),
                })}
              </Text>
            </div>
            <IconChevronRight aria-hidden size={20} color="var(--mantine-color-dimmed)" />
          </Group>
          <Group mt="md" gap="xs">
            <Badge variant="light">{t(`access.${employer.access}`)}</Badge>
            <Text size="sm" c="dimmed">
              {t('employers.affiliateCount', { value: formatCount(employer.affiliateCount, language) })}
            </Text>
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}
