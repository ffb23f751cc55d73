import { uploadLimits } from '@groupdesk/contracts';

export const acceptedExtensions = ['.xlsx', '.csv'] as const;
/** For the file picker: extensions first, since Windows labels a .csv as an Excel file */
export const acceptAttribute = [
  ...acceptedExtensions,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',');

export type UploadFileProblem = 'wrongType' | 'tooLarge' | 'empty';

/** Refuses in the browser what the server would refuse anyway, before sending up to 20 MB for nothing. */
export function checkUploadFile(file: File): UploadFileProblem | null {
  const name = file.name.toLowerCase();
  if (!acceptedExtensions.some((extension) => name.endsWith(extension))) return 'wrongType';
  if (file.size > uploadLimits.maxBytes) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return null;
}
