import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import type { ConflictChoices } from '../utils/use-conflict-choices';

interface ConflictsBarProps {
  conflicts: number;
  choices: ConflictChoices;
}

/** Explains the conflicts and settles them all at once; each row can still be changed in the table. */
export function ConflictsBar({ conflicts, choices }: ConflictsBarProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { chooseAll } = choices;

  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconArrowsExchange aria-hidden />}
      title={t('uploadAction.conflicts.title')}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('uploadAction.conflicts.intro', { count: conflicts, value: formatCount(conflicts, language) })}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button
            size="xs"
            variant="white"
            color="dark"
            disabled={!chooseAll}
            onClick={() => chooseAll?.('app')}
          >
            {t('uploadAction.conflicts.keepAll')}
          </Button>
          <Button
            size="xs"
            variant="white"
            color="dark"
            disabled={!chooseAll}
            onClick={() => chooseAll?.('file')}
          >
            {t('uploadAction.conflicts.takeAll')}
          </Button>
          <Text size="sm" fw={600} aria-live="polite">
            {t('uploadAction.conflicts.settled', {
              settled: formatCount(choices.settled, language),
              total: formatCount(conflicts, language),
            })}
          </Text>
        </Group>
      </Stack>
    </Alert>
  );
}
