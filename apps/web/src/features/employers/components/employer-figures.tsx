import type { EmployerSummary } from '@groupdesk/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatPercent } from '@/lib/format';

type Share = 'professionalEmail' | 'privateEmail' | 'portalRegistered';

const counts: Record<Share, (employer: EmployerSummary) => number> = {
  professionalEmail: (e) => e.professionalEmailCount,
  privateEmail: (e) => e.privateEmailCount,
  portalRegistered: (e) => e.portalRegisteredCount,
};

/** How far the employer is: its affiliates, and the share of them the portal can reach or already has. */
export function EmployerFigures({ employer }: { employer: EmployerSummary }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const total = employer.affiliateCount;

  return (
    <SimpleGrid
      component="section"
      cols={{ base: 1, xs: 2, md: 4 }}
      spacing="md"
      aria-label={t('home.figures.label')}
    >
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed" fw={500}>
          {t('home.figures.affiliates')}
        </Text>
        <Text fz={28} fw={700} lh={1.3}>
          {formatCount(total, language)}
        </Text>
      </Paper>
      {(Object.keys(counts) as Share[]).map((share) => {
        const count = counts[share](employer);
        return (
          <Paper key={share} withBorder radius="md" p="md">
            <Text size="sm" c="dimmed" fw={500}>
              {t(`home.figures.${share}`)}
            </Text>
            <Text fz={28} fw={700} lh={1.3}>
              {formatPercent(total === 0 ? 0 : count / total, language)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('home.figures.share', {
                part: formatCount(count, language),
                total: formatCount(total, language),
              })}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
