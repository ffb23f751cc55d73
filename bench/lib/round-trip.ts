import path from 'node:path';
import { makeUploadFile } from './make-upload';
import type { BenchResult } from './results';
import { runChild, runRepeated } from './run-child';
import { targetsBySize, uploadLimitMb } from './targets';
import type { TaskInput, TaskReport } from './task-runtime';

export const log = (message: string) => console.log(`· ${message}`);
/** A figure of a task's report, null when the task has none */
export const numberOf = (report: TaskReport, key: string) =>
  report.available ? (report[key] as number) : null;
const ratio = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b);
const megabytes = (bytes: number | null) => (bytes === null ? null : bytes / 1e6);
const skipped = (reason: string): TaskReport => ({ available: false, reason });
export const hasFailed = (report: TaskReport) => !report.available && report.failed === true;

/** A row of the table; a task without figures leaves its value empty and says why. */
export function figure(
  name: string,
  report: TaskReport,
  value: number | null,
  unit: string,
  target: number | null = null,
): BenchResult {
  const note = report.available ? undefined : report.reason;
  return { name, value, unit, target, better: 'lower', ...(note ? { note } : {}) };
}

function describe(report: TaskReport): string {
  if (!report.available) return report.reason;
  const all = report.allSeconds as number[] | undefined;
  const runs = all && all.length > 1 ? ` (median of ${all.map((s) => s.toFixed(2)).join(', ')})` : '';
  return `${numberOf(report, 'seconds')?.toFixed(2)} s${runs}, peak ${numberOf(report, 'peakRssMb')?.toFixed(0)} MB`;
}

/**
 * The round trip for one employer: the export and SheetJS's copy of the same rows, then the HR officer's
 * upload, its validation and its apply. Apply runs once: it changes the data the others read.
 */
export async function benchRoundTrip(
  input: Omit<TaskInput, 'file' | 'actionId'>,
  size: number,
  options: { runs: number; workDir: string },
) {
  const of = `${size.toLocaleString('en')} affiliates`;
  const targets = targetsBySize[size];
  const reports: TaskReport[] = [];
  const run = async (task: string, extra: Partial<TaskInput>, runs: number) => {
    const report = await (runs > 1
      ? runRepeated(task, { ...input, ...extra }, runs)
      : runChild(task, { ...input, ...extra }));
    reports.push(report);
    log(`${task}, ${of}: ${describe(report)}`);
    return report;
  };

  let exported = await run('export', {}, options.runs);
  if (exported.available && exported.rows !== size) {
    exported = { available: false, failed: true, reason: `failed: ${String(exported.rows)} rows exported` };
    reports.push(exported);
  }
  const sheetjs = await run(
    'sheetjs',
    { file: path.join(options.workDir, `sheetjs-${size}.xlsx`) },
    options.runs,
  );

  let validated = skipped('not measured: needs the export');
  if (exported.available) {
    const upload = await makeUploadFile(
      exported.file as string,
      path.join(options.workDir, `upload-${size}.xlsx`),
    );
    log(`upload file, ${of}: ${upload.added} addresses added, ${upload.changed} changed`);
    validated = await run('validate-upload', { file: upload.file }, options.runs);
    if (validated.available) log(`validation counts: ${JSON.stringify(validated.counts)}`);
  }
  const applied = validated.available
    ? await run('apply-upload', { actionId: validated.actionId as string }, 1)
    : skipped('not measured: needs the validation');
  if (applied.available) log(`apply counts: ${JSON.stringify(applied.counts)}`);

  const versus = (key: 'seconds' | 'peakRssMb', label: string) =>
    figure(
      `export / SheetJS, ${of}: ${label}`,
      exported.available ? sheetjs : exported,
      ratio(numberOf(exported, key), numberOf(sheetjs, key)),
      '×',
    );
  const results = [
    figure(`export, ${of}: time`, exported, numberOf(exported, 'seconds'), 's', targets?.exportSeconds),
    figure(`export, ${of}: peak RSS`, exported, numberOf(exported, 'peakRssMb'), 'MB', targets?.peakRssMb),
    figure(
      `export, ${of}: file size`,
      exported,
      megabytes(numberOf(exported, 'fileBytes')),
      'MB',
      uploadLimitMb,
    ),
    figure(`SheetJS reference, ${of}: time`, sheetjs, numberOf(sheetjs, 'seconds'), 's'),
    figure(`SheetJS reference, ${of}: peak RSS`, sheetjs, numberOf(sheetjs, 'peakRssMb'), 'MB'),
    figure(`SheetJS reference, ${of}: file size`, sheetjs, megabytes(numberOf(sheetjs, 'fileBytes')), 'MB'),
    versus('seconds', 'time'),
    versus('peakRssMb', 'peak RSS'),
    figure(
      `upload validation, ${of}: time`,
      validated,
      numberOf(validated, 'seconds'),
      's',
      targets?.validationSeconds,
    ),
    figure(
      `upload validation, ${of}: peak RSS`,
      validated,
      numberOf(validated, 'peakRssMb'),
      'MB',
      targets?.peakRssMb,
    ),
    figure(`upload apply, ${of}: time`, applied, numberOf(applied, 'seconds'), 's', targets?.applySeconds),
    figure(`upload apply, ${of}: peak RSS`, applied, numberOf(applied, 'peakRssMb'), 'MB'),
  ];
  return { results, failed: reports.filter(hasFailed).length };
}
