import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';
import { findUploadSteps, notAvailable } from './upload-steps';

// The HR officer confirms the preview: every change of the validated upload in one transaction.
runTask(async () => {
  const input = readTaskInput();
  if (!input.actionId) throw new Error('the apply task needs the validated upload');
  const { applyUpload } = await findUploadSteps();
  if (!applyUpload) return notAvailable('applyUpload');
  const { app, user, access } = await openTaskApp(input);
  try {
    const measured = await measure(() =>
      applyUpload(app, access, user.id, input.actionId!, { resolutions: [] }),
    );
    const done = await app.pool.query<{ status: string; error: string | null }>(
      'select status, error from actions where id = $1',
      [input.actionId],
    );
    const action = done.rows[0];
    if (action?.status !== 'applied') throw new Error(`apply ended ${action?.status}: ${action?.error}`);
    return { available: true, seconds: measured.seconds, peakRssMb: measured.peakRssMb };
  } finally {
    await app.close();
  }
});
