import fs from 'node:fs';
import path from 'node:path';
import {
  receiveInsuredListUpload,
  runUploadValidation,
} from '@groupdesk/api/src/features/insured-list/insured-list-upload';
import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';

// The upload as the HR officer sends it back: received and stored, then the validation job builds the preview.
runTask(async () => {
  const input = readTaskInput();
  if (!input.file) throw new Error('the validation task needs the file to upload');
  const content = fs.readFileSync(input.file);
  const { app, user, access } = await openTaskApp(input);
  try {
    const measured = await measure(async () => {
      const action = await receiveInsuredListUpload(app, access, user, {
        fileName: path.basename(input.file!),
        content,
      });
      await runUploadValidation(app, action.id, { retryCount: 0, retryLimit: 0 });
      return action.id;
    });
    const done = await app.pool.query<{
      status: string;
      error: string | null;
      counts: Record<string, number>;
    }>('select status, error, counts from actions where id = $1', [measured.result]);
    const action = done.rows[0];
    if (action?.status !== 'ready') throw new Error(`validation ended ${action?.status}: ${action?.error}`);
    return {
      available: true,
      seconds: measured.seconds,
      peakRssMb: measured.peakRssMb,
      actionId: measured.result,
      counts: action.counts,
    };
  } finally {
    await app.close();
  }
});
