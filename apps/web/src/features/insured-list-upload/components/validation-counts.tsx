import type { Action } from '@groupdesk/contracts';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';
import { countOf } from '../utils/counts';
import { CountCards } from './count-cards';

/** What the check found: added, changed, unchanged, ignored (with warnings), errors, conflicts. */
export function ValidationCounts({ action }: { action: Action }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const count = (key: string) => countOf(action, key);
  const warnings = count('warnings');

  return (
    <CountCards
      label={t('uploadAction.counts.label')}
      cards={[
        {
          key: 'added',
          label: t('uploadAction.counts.added'),
          value: count('added'),
          hint: t('uploadAction.counts.addedHint'),
          color: 'teal.8',
        },
        {
          key: 'changed',
          label: t('uploadAction.counts.changed'),
          value: count('changed'),
          hint: t('uploadAction.counts.changedHint'),
          color: 'blue.8',
        },
        {
          key: 'unchanged',
          label: t('uploadAction.counts.unchanged'),
          value: count('unchanged'),
          hint: t('uploadAction.counts.unchangedHint'),
          color: 'dark',
        },
        {
          key: 'ignored',
          label: t('uploadAction.counts.ignored'),
          value: count('ignored'),
          hint: t('uploadAction.counts.warnings', {
            count: warnings,
            value: formatCount(warnings, language),
          }),
          color: 'yellow.9',
        },
        {
          key: 'errors',
          label: t('uploadAction.counts.errors'),
          value: count('errors'),
          hint: t('uploadAction.counts.errorsHint'),
          color: 'red.8',
        },
        {
          key: 'conflicts',
          label: t('uploadAction.counts.conflicts'),
          value: count('conflicts'),
          hint: t('uploadAction.counts.conflictsHint'),
          color: 'orange.8',
        },
      ]}
    />
  );
}
