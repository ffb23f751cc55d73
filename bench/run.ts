import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchDatabase } from './lib/database';
import { describeMachine } from './lib/machine';
import { makeUploadFile } from './lib/make-upload';
import { type BenchResult, formatTable, writeResults } from './lib/results';
import { runChild } from './lib/run-child';
import { BENCH_USER_EMAIL, seedBenchData } from './lib/seed';
import { targetsBySize, uploadLimitMb } from './lib/targets';
import type { TaskInput, TaskReport } from './lib/task-runtime';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_SIZES = [10_000, 100_000];

/** `pnpm bench` measures 10,000 and 100,000 affiliates; `pnpm bench --sizes 1000000` any others. */
function sizesFromArguments(): number[] {
  const index = process.argv.indexOf('--sizes');
  if (index === -1) return DEFAULT_SIZES;
  const sizes = (process.argv[index + 1] ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('--sizes takes affiliate counts separated by commas, e.g. --sizes 10000,100000');
  }
  return sizes;
}

const log = (message: string) => console.log(`· ${message}`);
/** A figure of a task's report, null when the task has none */
const numberOf = (report: TaskReport, key: string) => (report.available ? (report[key] as number) : null);
const noteOf = (report: TaskReport) => (report.available ? undefined : report.reason);
const ratio = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b);
const megabytes = (bytes: number | null) => (bytes === null ? null : bytes / 1e6);
const skipped = (reason: string): TaskReport => ({ available: false, reason });

function figure(
  name: string,
  report: TaskReport,
  value: number | null,
  unit: string,
  target: number | null = null,
) {
  const note = noteOf(report);
  const result: BenchResult = { name, value, unit, target, better: 'lower', ...(note ? { note } : {}) };
  return result;
}

/** The round trip for one employer: export, SheetJS's copy, the HR officer's upload, its validation, apply. */
async function benchEmployer(input: Omit<TaskInput, 'file' | 'actionId'>, size: number, workDir: string) {
  const of = `${size.toLocaleString('en')} affiliates`;
  const targets = targetsBySize[size];
  const reports: TaskReport[] = [];
  const run = async (task: string, extra: Partial<TaskInput> = {}) => {
    const report = await runChild(task, { ...input, ...extra });
    reports.push(report);
    log(
      `${task}, ${of}: ${report.available ? `${numberOf(report, 'seconds')?.toFixed(2)} s` : report.reason}`,
    );
    return report;
  };

  let exported = await run('export');
  if (exported.available && exported.rows !== size) {
    exported = { available: false, failed: true, reason: `failed: ${String(exported.rows)} rows exported` };
    reports.push(exported);
  }
  const sheetjs = await run('sheetjs', { file: path.join(workDir, `sheetjs-${size}.xlsx`) });

  let validated = skipped('not measured: needs the export');
  if (exported.available) {
    const upload = await makeUploadFile(exported.file as string, path.join(workDir, `upload-${size}.xlsx`));
    log(`upload file, ${of}: ${upload.added} addresses added, ${upload.changed} changed`);
    validated = await run('validate-upload', { file: upload.file });
    if (validated.available) log(`validation counts: ${JSON.stringify(validated.counts)}`);
  }
  const applied = validated.available
    ? await run('apply-upload', { actionId: validated.actionId as string })
    : skipped('not measured: needs the validation');

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
    ...(['seconds', 'peakRssMb'] as const).map((key) => {
      const both = exported.available ? sheetjs : exported;
      const value = ratio(numberOf(exported, key), numberOf(sheetjs, key));
      return figure(`export / SheetJS, ${of}: ${key === 'seconds' ? 'time' : 'peak RSS'}`, both, value, '×');
    }),
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
    figure(`upload apply, ${of}: time`, applied, numberOf(applied, 'seconds'), 's'),
    figure(`upload apply, ${of}: peak RSS`, applied, numberOf(applied, 'peakRssMb'), 'MB'),
  ];
  return { results, failed: reports.filter((report) => !report.available && report.failed).length };
}

async function main() {
  const sizes = sizesFromArguments();
  console.log(`groupdesk bench: the insured-list round trip\n${describeMachine()}\n`);
  const database = await startBenchDatabase();
  // Ctrl-C stops PostgreSQL and removes the temporary folder too
  const interrupted = (signal: string) => {
    console.error(`\n${signal}: stopping PostgreSQL and removing ${database.dir}`);
    void database.dispose().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    log(`PostgreSQL and data in ${database.dir}`);
    const seedStart = Date.now();
    const employers = await seedBenchData(database.url, sizes);
    log(
      `${sizes.map((n) => n.toLocaleString('en')).join(' + ')} affiliates seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const base = { databaseUrl: database.url, dataDir: database.dataDir, userEmail: BENCH_USER_EMAIL };
    const idle = await runChild('idle-app', { ...base, employerId: employers[0]!.employerId });
    const results = [
      figure('app built, idle (the floor of every peak RSS)', idle, numberOf(idle, 'peakRssMb'), 'MB'),
    ];
    let failed = !idle.available && idle.failed ? 1 : 0;
    for (const employer of employers) {
      const measured = await benchEmployer(
        { ...base, employerId: employer.employerId },
        employer.affiliates,
        database.dir,
      );
      results.push(...measured.results);
      failed += measured.failed;
    }

    console.log(`\n${formatTable(results)}\n`);
    const file = path.join(benchDir, 'results.json');
    writeResults(file, results);
    console.log(`Written to ${path.relative(process.cwd(), file)}`);
    if (failed > 0) {
      console.error(`${failed} bench task(s) failed: see their errors above`);
      process.exitCode = 1;
    }
  } finally {
    await database.dispose();
  }
}

await main();
