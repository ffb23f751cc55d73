import type { Action } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';
import type { TFunction } from 'i18next';
import { formatCount, formatDate } from '@/lib/format';
import { countOf } from './counts';

export interface ApplySummary {
  added: number;
  /** changed rows plus the conflicts settled in favour of the file */
  changed: number;
  confirmations: number;
  invitations: number;
  invitationsAt: string | null;
  /** rows with an error, which apply leaves out */
  errors: number;
}

/** What apply would do now, given the conflicts the user settled in favour of the file. */
export function applySummaryOf(action: Action, takenFromFile: number): ApplySummary {
  return {
    added: countOf(action, 'added'),
    changed: countOf(action, 'changed') + takenFromFile,
    // each address taken from the file is a changed address, and so gets its confirmation too
    confirmations: countOf(action, 'confirmations') + takenFromFile,
    invitations: countOf(action, 'invitations'),
    invitationsAt: action.invitationsAt,
    errors: countOf(action, 'errors'),
  };
}

/** "23 addresses added, 4 changed; 27 confirmation e-mails now, 23 invitations on 17/06/2026" */
export function applySummaryText(summary: ApplySummary, t: TFunction, language: UiLanguage): string {
  const value = (count: number) => ({ count, value: formatCount(count, language) });
  const invitations = summary.invitationsAt
    ? t('uploadAction.apply.invitations', {
        ...value(summary.invitations),
        date: formatDate(summary.invitationsAt),
      })
    : t('uploadAction.apply.invitationsLater', value(summary.invitations));
  return t('uploadAction.apply.sentence', {
    addresses: [
      t('uploadAction.apply.added', value(summary.added)),
      t('uploadAction.apply.changed', value(summary.changed)),
    ].join(', '),
    emails: [t('uploadAction.apply.confirmations', value(summary.confirmations)), invitations].join(', '),
  });
}
