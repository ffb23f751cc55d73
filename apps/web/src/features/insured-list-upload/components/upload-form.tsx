import { uploadLimits } from '@groupdesk/contracts';
import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useUiLanguage } from '@/i18n';
import { formatFileSize, formatPercent } from '@/lib/format';
import { useUploadInsuredList } from '../api/upload-insured-list';
import { checkUploadFile } from '../utils/check-upload-file';
import { uploadErrorText } from '../utils/upload-error-text';
import { UploadDropzone } from './upload-dropzone';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Choose or drop the completed list, check it here, send it with progress, then follow its action. */
export function UploadForm({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const upload = useUploadInsuredList();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const maxSize = formatFileSize(uploadLimits.maxBytes, language);

  const choose = (chosen: File) => {
    upload.reset();
    const refusal = checkUploadFile(chosen);
    const size = formatFileSize(chosen.size, language);
    setProblem(refusal && t(`upload.errors.${refusal}`, { name: chosen.name, size, max: maxSize }));
    setFile(refusal ? null : chosen);
  };

  const send = () => {
    if (!file) return;
    abort.current = new AbortController();
    setProgress(0);
    upload.mutate(
      { employerId, file, onProgress: setProgress, signal: abort.current.signal },
      { onSuccess: ({ action }) => void navigate(`/employers/${employerId}/actions/${action.id}`) },
    );
  };

  const serverError = upload.isError && !isAbort(upload.error) ? upload.error : null;
  const error = problem ?? (serverError && uploadErrorText(serverError, t, language));
  const percent = formatPercent(progress, language);

  return (
    <Stack gap="md">
      <UploadDropzone
        maxSize={maxSize}
        disabled={upload.isPending}
        onFile={choose}
        onSeveral={() => {
          setFile(null);
          setProblem(t('upload.errors.oneFile'));
        }}
      />
      {error && (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title={t('upload.errors.title')}
          role="alert"
        >
          {error}
        </Alert>
      )}
      {file && (
        <Paper withBorder radius="md" p="md" component="section" aria-label={t('upload.selected')}>
          <Stack gap="sm">
            <Group gap="sm" wrap="nowrap">
              <IconFileSpreadsheet size={28} aria-hidden color="var(--mantine-color-brand-8)" />
              <Stack gap={0} miw={0}>
                <Text fw={600} truncate="end">
                  {file.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatFileSize(file.size, language)}
                </Text>
              </Stack>
            </Group>
            {upload.isPending ? (
              <Stack gap={6}>
                <Progress
                  value={progress * 100}
                  size="lg"
                  radius="xl"
                  animated
                  aria-label={t('upload.progress')}
                />
                <Group justify="space-between" gap="sm">
                  <Text size="sm" aria-live="polite">
                    {progress < 1 ? t('upload.uploading', { value: percent }) : t('upload.received')}
                  </Text>
                  <Button variant="subtle" color="gray" size="xs" onClick={() => abort.current?.abort()}>
                    {t('upload.cancel')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Group gap="sm">
                <Button onClick={send} leftSection={<IconUpload size={18} aria-hidden />}>
                  {t('upload.submit')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
