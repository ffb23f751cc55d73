import { uploadLimits } from '@groupdesk/contracts';
import type { UiLanguage } from '@groupdesk/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { formatFileSize, formatWait } from '@/lib/format';

/**
 * Why the server refused a file, in the user's language. A 400 keeps the server's own message: it
 * names what is wrong with this very file (no sheet, no e-mail column, …).
 */
export function uploadErrorText(error: unknown, t: TFunction, language: UiLanguage): string {
  const max = formatFileSize(uploadLimits.maxBytes, language);
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.isNetworkError) return t('errors.network');
  switch (error.status) {
    case 400:
      return error.message;
    case 403:
      return t('upload.errors.forbidden');
    case 413:
      return t('upload.errors.serverTooLarge', { max });
    case 415:
      return t('upload.errors.unsupported');
    case 429:
      return error.retryAfter === null
        ? t('upload.errors.tooManyNoDelay')
        : t('upload.errors.tooMany', { wait: formatWait(error.retryAfter, language) });
    default:
      return t('errors.unexpected');
  }
}
