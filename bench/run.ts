import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchDatabase } from './lib/database';
import { describeMachine } from './lib/machine';
import { parseOptions } from './lib/options';
import { formatTable, writeResults } from './lib/results';
import { benchRoundTrip, figure, hasFailed, log, numberOf } from './lib/round-trip';
import { runChild, runRepeated } from './lib/run-child';
import { BENCH_USER_EMAIL, seedBenchData } from './lib/seed';

const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
const loadAverage = () => os.loadavg()[0]!.toFixed(2);

/**
 * `pnpm bench`: the insured-list round trip on a PostgreSQL server and data of its own, each timed task in a
 * process of its own; prints the table and writes bench/results.json.
 */
async function main() {
  const options = parseOptions(process.argv.slice(2));
  console.log(`groupdesk bench: the insured-list round trip\n${describeMachine()}`);
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
    const employers = await seedBenchData(database.url, options.sizes);
    const seeded = options.sizes.map((n) => n.toLocaleString('en')).join(' + ');
    log(`${seeded} affiliates seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const base = { databaseUrl: database.url, dataDir: database.dataDir, userEmail: BENCH_USER_EMAIL };
    const idle = await runChild('idle-app', { ...base, employerId: employers[0]!.employerId });
    const results = [figure('app built, idle: peak RSS', idle, numberOf(idle, 'peakRssMb'), 'MB')];
    let failed = hasFailed(idle) ? 1 : 0;
    for (const employer of employers) {
      const input = { ...base, employerId: employer.employerId };
      const measured = await benchRoundTrip(input, employer.affiliates, {
        runs: options.runs,
        workDir: database.dir,
      });
      results.push(...measured.results);
      failed += measured.failed;
    }

    const dispatch = await runChild('dispatch-emails', { ...base, employerId: employers[0]!.employerId });
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

    // on the largest employer: its 1,000 statements are found among all its affiliates
    const printInput = { ...base, employerId: employers.at(-1)!.employerId };
    const printed = await runRepeated('print-statements', printInput, options.runs);
    log(
      `print-statements: ${printed.available ? `${numberOf(printed, 'seconds')?.toFixed(2)} s` : printed.reason}`,
    );
    results.push(
      figure('print 1,000 statements into one PDF: time', printed, numberOf(printed, 'seconds'), 's', 10),
      figure('print 1,000 statements into one PDF: peak RSS', printed, numberOf(printed, 'peakRssMb'), 'MB'),
    );
    failed += hasFailed(printed) ? 1 : 0;

    console.log(`\n${formatTable(results)}\n`);
    console.log(`Load average (1 min) at the end: ${loadAverage()}`);
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
