import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconArrowBarToLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface JournalPagerProps {
  /** on a page other than the first */
  later: boolean;
  /** the page before this one is known (it was reached from there) */
  canGoBack: boolean;
  hasNext: boolean;
  onFirst: () => void;
  onBack: () => void;
  onNext: () => void;
}

/** The journal is read page after page from a cursor: first, back to the page before, and on. */
export function JournalPager({ later, canGoBack, hasNext, onFirst, onBack, onNext }: JournalPagerProps) {
  const { t } = useTranslation();
  if (!later && !hasNext) return null;
  return (
    <Group component="nav" aria-label={t('journal.pager.label')} gap="xs">
      <Button
        variant="default"
        size="xs"
        leftSection={<IconArrowBarToLeft size={14} aria-hidden />}
        onClick={onFirst}
        disabled={!later}
      >
        {t('journal.pager.first')}
      </Button>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconArrowLeft size={14} aria-hidden />}
        onClick={onBack}
        disabled={!canGoBack}
      >
        {t('journal.pager.previous')}
      </Button>
      <Button
        variant="default"
        size="xs"
        rightSection={<IconArrowRight size={14} aria-hidden />}
        onClick={onNext}
        disabled={!hasNext}
      >
        {t('journal.pager.next')}
      </Button>
    </Group>
  );
}
