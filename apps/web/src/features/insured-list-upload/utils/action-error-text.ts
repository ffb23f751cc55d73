import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

function commonText(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.isNetworkError) return t('errors.network');
  if (isApiError(error, 403)) return t('errors.forbidden');
  return t('errors.unexpected');
}

/** Why apply was refused: an unsettled conflict, or an upload that is no longer ready. */
export function applyErrorText(error: unknown, t: TFunction): string {
  if (isApiError(error, 409)) {
    return error.code === 'conflicts_unresolved'
      ? t('uploadAction.apply.conflictsUnresolved')
      : t('uploadAction.apply.notReady');
  }
  return commonText(error, t);
}

/** Why undo was refused: past `undoUntil`, or the upload is not applied (any more). */
export function undoErrorText(error: unknown, t: TFunction): string {
  return isApiError(error, 409) ? t('uploadAction.applied.undoTooLate') : commonText(error, t);
}
