import fs from 'node:fs';
import path from 'node:path';
import {
  requestInsuredListExport,
  runInsuredListExport,
} from '@groupdesk/api/src/features/insured-list/insured-list-export';
import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';

// The insured-list export as the HR officer asks for it: the request, then the job that writes the file.
runTask(async () => {
  const input = readTaskInput();
  const { app, user, access } = await openTaskApp(input);
  try {
    const measured = await measure(async () => {
      const action = await requestInsuredListExport(app, access, user.id);
      await runInsuredListExport(app, action.id, { retryCount: 0, retryLimit: 0 });
      return action.id;
    });
    const actionId = measured.result;
    const done = await app.pool.query<{ status: string; file_key: string | null; counts: { rows?: number } }>(
      'select status, file_key, counts from actions where id = $1',
      [actionId],
    );
    const action = done.rows[0];
    if (action?.status !== 'ready' || !action.file_key)
      throw new Error(`export ${actionId} ended ${action?.status}`);
    const file = path.join(app.config.dataDir, 'files', action.file_key);
    return {
      available: true,
      seconds: measured.seconds,
      peakRssMb: measured.peakRssMb,
      fileBytes: fs.statSync(file).size,
      rows: action.counts.rows ?? 0,
      file,
    };
  } finally {
    await app.close();
  }
});
