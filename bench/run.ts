import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAppUnderLoad } from './lib/app-under-load';
import { startBenchDatabase } from './lib/database';
import { describeMachine } from './lib/machine';
import { parseOptions } from './lib/options';
import { type BenchResult, formatTable, writeResults } from './lib/results';
import { benchRoundTrip, figure, hasFailed, log, numberOf } from './lib/round-trip';
import { runChild, runRepeated } from './lib/run-child';
import { BENCH_USER_EMAIL, BENCH_USER_PASSWORD, seedBenchData } from './lib/seed';
import { seedSecondsByAffiliates } from './lib/targets';

const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
const loadAverage = () => os.loadavg()[0]!.toFixed(2);

/**
 * `pnpm bench`: a PostgreSQL server and a million affiliates of its own; the affiliates list under load
 * against the app as production starts it, then each timed task in a process of its own; prints the table
 * and writes bench/results.json.
 */
async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  console.log(`groupdesk bench: the affiliates list and the insured-list round trip\n${describeMachine()}`);
  console.log(
    `Load average (1 min) at the start: ${loadAverage()}; other work on the machine slows every figure\n`,
  );
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
    const data = await seedBenchData(database.url, options);
    const seedSeconds = (Date.now() - seedStart) / 1000;
    const steps = Object.entries(data.steps).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`);
    log(
      `${options.affiliates.toLocaleString('en')} affiliates over ${options.employers.toLocaleString('en')} ` +
        `employers (the largest ${data.largest.affiliates.toLocaleString('en')}) seeded in ` +
        `${seedSeconds.toFixed(1)} s: ${steps.join(', ')}`,
    );
    const results: BenchResult[] = [
      {
        name: `seed of ${options.affiliates.toLocaleString('en')} affiliates: time`,
        value: seedSeconds,
        unit: 's',
        target: seedSecondsByAffiliates[options.affiliates] ?? null,
        better: 'lower',
      },
    ];
    let failed = 0;

    const base = { databaseUrl: database.url, dataDir: database.dataDir, userEmail: BENCH_USER_EMAIL };
    const largest = { ...base, employerId: data.largest.employerId };
    const idle = await runChild('idle-app', largest);
    results.push(figure('app built, idle: peak RSS', idle, numberOf(idle, 'peakRssMb'), 'MB'));
    failed += hasFailed(idle) ? 1 : 0;

    log(`load average before the load test: ${loadAverage()}`);
    const underLoad = await benchAppUnderLoad(
      {
        ...base,
        dir: database.dir,
        user: { email: BENCH_USER_EMAIL, password: BENCH_USER_PASSWORD },
        ...data,
      },
      options,
    );
    log(`load average after the load test: ${loadAverage()}`);
    results.push(...underLoad.results);
    failed += underLoad.failed;

    // before the upload is applied: the dispatch then sends its own 2,000 e-mails and no confirmation of it
    const dispatch = await runChild('dispatch-emails', largest);
    log(
      `dispatch-emails: ${dispatch.available ? `${Number(dispatch.perSecond).toFixed(0)} e-mails/s` : dispatch.reason}`,
    );
    results.push({
      ...figure(
        'e-mail dispatch to a local SMTP server: rate',
        dispatch,
        numberOf(dispatch, 'perSecond'),
        'e-mails/s',
        200,
      ),
      better: 'higher',
    });
    failed += hasFailed(dispatch) ? 1 : 0;

    // its 1,000 statements are found among all the largest employer's affiliates
    const printed = await runRepeated('print-statements', largest, options.runs);
    log(
      `print-statements: ${printed.available ? `${numberOf(printed, 'seconds')?.toFixed(2)} s` : printed.reason}`,
    );
    results.push(
      figure('print 1,000 statements into one PDF: time', printed, numberOf(printed, 'seconds'), 's', 10),
      figure('print 1,000 statements into one PDF: peak RSS', printed, numberOf(printed, 'peakRssMb'), 'MB'),
    );
    failed += hasFailed(printed) ? 1 : 0;

    const roundTrip = await benchRoundTrip(largest, data.largest.affiliates, {
      runs: options.runs,
      workDir: database.dir,
    });
    results.push(...roundTrip.results);
    failed += roundTrip.failed;

    console.log(`\n${formatTable(results)}\n`);
    console.log(`Load average (1 min) at the end: ${loadAverage()}`);
    console.log(`The whole bench took ${((Date.now() - started) / 60_000).toFixed(1)} minutes`);
    writeResults(resultsFile, results);
    console.log(`Written to ${path.relative(process.cwd(), resultsFile)}`);
    if (failed > 0) {
      console.error(`${failed} bench task(s) failed: their errors are above`);
      process.exitCode = 1;
    }
  } finally {
    await database.dispose();
  }
}

await main();
