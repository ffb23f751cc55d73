// Used inside a task's child process: its input, its measurement, its one line of output.

/** What every task gets from bench/run.ts, as the JSON of its one argument. */
export interface TaskInput {
  databaseUrl: string;
  /** the app's DATA_DIR: exports and uploads are stored under it */
  dataDir: string;
  employerId: string;
  userEmail: string;
  /** the workbook to read (SheetJS writes its copy beside the export; the upload reads its file) */
  file?: string;
  /** the upload to apply */
  actionId?: string;
}

export function readTaskInput(): TaskInput {
  const argument = process.argv[2];
  if (!argument) throw new Error('a bench task takes its input as one JSON argument');
  return JSON.parse(argument) as TaskInput;
}

export interface Measured<T> {
  result: T;
  seconds: number;
  /** the process's peak resident set size since it started, in MB (10^6 bytes) */
  peakRssMb: number;
}

const megabytes = (bytes: number) => bytes / 1_000_000;

/**
 * Times `work` alone; the peak memory is the whole process's, so each task runs in a process of its own and
 * does nothing heavy before its work.
 */
export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const start = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is in kibibytes
  return { result, seconds, peakRssMb: megabytes(process.resourceUsage().maxRSS * 1024) };
}

/** A task's figures, or why it has none; bench/run.ts reads the last line of stdout. */
export type TaskReport =
  { available: true; [figure: string]: unknown } | { available: false; reason: string; failed?: boolean };

export function report(figures: TaskReport): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** One line for the table: a database error's own message rather than drizzle's wrapper with the whole query. */
function summary(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split('\n')[0]!.slice(0, 200);
}

/** Runs a task's body and makes sure the process ends; a failure is reported, with a non-zero exit code. */
export function runTask(body: () => Promise<TaskReport>): void {
  body().then(
    (figures) => {
      report(figures);
      process.exit(0);
    },
    (error: unknown) => {
      // the message and where it came from, without the whole query a database error quotes
      const frames =
        error instanceof Error
          ? (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '))
          : [];
      console.error([summary(error), ...frames.slice(0, 12)].join('\n'));
      report({ available: false, failed: true, reason: `failed: ${summary(error)}` });
      process.exit(1);
    },
  );
}
