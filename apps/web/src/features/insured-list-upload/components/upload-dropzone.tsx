import { Button, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptAttribute } from '../utils/check-upload-file';
import classes from './upload-dropzone.module.css';

interface UploadDropzoneProps {
  /** the accepted size, already formatted */
  maxSize: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** more than one file was dropped */
  onSeveral: () => void;
}

/**
 * A zone to drop the workbook on. The whole zone is the label of a real file input, so a click, the
 * keyboard (the input takes the focus) and assistive technologies all reach the same file picker.
 */
export function UploadDropzone({ maxSize, disabled = false, onFile, onSeveral }: UploadDropzoneProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const chooseId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  // a file dropped beside the zone would make the browser leave the app to open it
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    // leaving for a child of the zone is not leaving the zone
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const { files } = event.dataTransfer;
    if (files.length > 1) onSeveral();
    else if (files[0]) onFile(files[0]);
  };

  return (
    <div
      className={classes.zone}
      data-active={dragging || undefined}
      data-disabled={disabled || undefined}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        className={classes.input}
        type="file"
        accept={acceptAttribute}
        disabled={disabled}
        aria-labelledby={chooseId}
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // cleared so that choosing the same file again, after fixing it, still counts as a choice
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={inputId} className={classes.surface}>
        <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
          <IconFileSpreadsheet size={28} />
        </ThemeIcon>
        <Text fw={600}>{dragging ? t('upload.dropzone.dropNow') : t('upload.dropzone.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('upload.dropzone.or')}
        </Text>
        <Button component="span" id={chooseId} variant="light">
          {t('upload.dropzone.choose')}
        </Button>
        <Text id={hintId} size="sm" c="dimmed">
          {t('upload.dropzone.accepted', { max: maxSize })}
        </Text>
      </label>
    </div>
  );
}
