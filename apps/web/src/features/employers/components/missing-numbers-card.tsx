import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';

/**
 * The one figure that asks for action: affiliates without a national/BIS number, whose contracts the
 * employee portal cannot show (FAQ, question 1).
 */
export function MissingNumbersCard({ employerId, count }: { employerId: string; count: number }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const missing = count > 0;
  const color = missing ? 'orange' : 'teal';

  return (
    <Paper
      component="section"
      aria-labelledby="missing-numbers-title"
      withBorder
      radius="md"
      p="lg"
      style={missing ? { borderColor: 'var(--mantine-color-orange-5)' } : undefined}
    >
      <Group gap="lg" wrap="nowrap" align="center">
        <ThemeIcon size={52} radius="xl" variant="light" color={color} aria-hidden>
          {missing ? <IconAlertTriangle size={28} /> : <IconCircleCheck size={28} />}
        </ThemeIcon>
        <div>
          <Text id="missing-numbers-title" size="sm" fw={600} c="dimmed">
            {t('home.missingNumbers.title')}
          </Text>
          <Text fz={36} fw={700} lh={1.2} c={missing ? 'orange.8' : undefined}>
            {formatCount(count, language)}
          </Text>
          <Text size="sm">
            {missing
              ? t('home.missingNumbers.some', { count, value: formatCount(count, language) })
              : t('home.missingNumbers.none')}
          </Text>
          {missing && (
            <Anchor component={Link} to={`/employers/${employerId}/missing-numbers`} fw={600} size="sm">
              {t('home.missingNumbers.link')}
            </Anchor>
          )}
        </div>
      </Group>
    </Paper>
  );
}
