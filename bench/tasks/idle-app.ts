import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';

// The floor under every task's peak memory: Node, tsx and the app built, doing nothing.
runTask(async () => {
  const { app } = await openTaskApp(readTaskInput());
  try {
    const measured = await measure(() => Promise.resolve());
    return { available: true, peakRssMb: measured.peakRssMb };
  } finally {
    await app.close();
  }
});
