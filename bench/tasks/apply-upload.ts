import { applyUpload } from '@groupdesk/api/src/features/insured-list/upload-apply';
import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';

// The HR officer confirms the preview: every change of the validated upload in one transaction.
runTask(async () => {
  const input = readTaskInput();
  if (!input.actionId) throw new Error('the apply task needs the validated upload');
  const actionId = input.actionId;
  const { app, user, access } = await openTaskApp(input);
  try {
    const measured = await measure(() => applyUpload(app, access, user.id, actionId, { resolutions: [] }));
    if (measured.result.status !== 'applied') throw new Error(`apply ended ${measured.result.status}`);
    return {
      available: true,
      seconds: measured.seconds,
      peakRssMb: measured.peakRssMb,
      counts: measured.result.counts,
    };
  } finally {
    await app.close();
  }
});
