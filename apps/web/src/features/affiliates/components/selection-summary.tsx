import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';

/** "3 affiliates selected", with the means to untick them all; nothing while none is ticked. */
export function SelectionSummary({ count, onClear }: { count: number; onClear: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (count === 0) return null;
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('affiliates.selection.count', { count, value: formatCount(count, language) })}
      </Text>
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('affiliates.selection.clear')}
      </Button>
    </>
  );
}
