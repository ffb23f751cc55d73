import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaskInput, TaskReport } from './task-runtime';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs `bench/tasks/<task>.ts` in a Node process of its own, so that its peak memory is its alone, and
 * returns the JSON line it printed last. Its stderr goes to ours.
 * A task that failed says so in its report (`failed`), so that the other figures are still shown.
 */
export async function runChild(task: string, input: TaskInput): Promise<TaskReport> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(benchDir, 'tasks', `${task}.ts`), JSON.stringify(input)],
    {
      // from the repository's root, where `--import tsx` resolves
      cwd: path.dirname(benchDir),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  if (!lastLine.startsWith('{')) {
    return {
      available: false,
      failed: true,
      reason: `failed: the task ended with code ${code} and no figures`,
    };
  }
  return JSON.parse(lastLine) as TaskReport;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Runs a task `runs` times, each in a fresh process: a shared two-core machine is noisy. The report has the
 * median time, the highest peak memory and the other figures of the last run; the first failure ends it.
 */
export async function runRepeated(task: string, input: TaskInput, runs: number): Promise<TaskReport> {
  const reports: TaskReport[] = [];
  for (let run = 0; run < runs; run += 1) {
    const report = await runChild(task, input);
    if (!report.available) return report;
    reports.push(report);
  }
  const figures = (key: string) => reports.map((report) => (report.available ? (report[key] as number) : 0));
  return {
    ...reports.at(-1)!,
    available: true,
    seconds: median(figures('seconds')),
    peakRssMb: Math.max(...figures('peakRssMb')),
    allSeconds: figures('seconds'),
  };
}
