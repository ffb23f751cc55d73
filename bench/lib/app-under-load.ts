import path from 'node:path';
import { exportThroughApp, logIn } from './app-client';
import { type AppProcess, startApp } from './app-process';
import { type ListScenario, listScenarios } from './list-scenarios';
import { loadTest } from './load-test';
import type { BenchResult } from './results';
import { log } from './round-trip';
import type { BenchEmployer } from './seed';
import { appMemoryTargets } from './targets';

interface Input {
  databaseUrl: string;
  dataDir: string;
  /** the bench's folder: the app's log goes there */
  dir: string;
  user: { email: string; password: string };
  largest: BenchEmployer;
  medium: BenchEmployer;
  small: BenchEmployer;
}

type Options = { connections: number; seconds: number };

/**
 * A few HR officers at once: the latency of a request itself. At 200 connections on a small machine a request
 * mostly waits its turn (the health check's own p99 shows how long); at 4 it shows what the query costs.
 */
const LIGHT_CONNECTIONS = 4;

const row = (
  name: string,
  value: number | null,
  unit: string,
  target: number | null = null,
  better: BenchResult['better'] = 'lower',
  note?: string,
): BenchResult => ({ name, value, unit, target, better, ...(note ? { note } : {}) });
const of = (employer: BenchEmployer) => `${employer.affiliates.toLocaleString('en')} affiliates`;

/** The export as the HR officer asks for it, run by the app's own worker; its highest RSS meanwhile. */
async function exportPeak(app: AppProcess, cookie: string, employer: BenchEmployer) {
  const { result, peakRssMb } = await app.peakRssDuring(() =>
    exportThroughApp(app.url, cookie, employer.employerId),
  );
  if (result.rows !== employer.affiliates) {
    throw new Error(`${result.rows} rows exported of ${employer.affiliates}`);
  }
  log(`export through the app, ${of(employer)}: peak RSS ${peakRssMb.toFixed(0)} MB`);
  return peakRssMb;
}

/** Each scenario after a short warm-up run: compiled code and warm caches, as a server up for a while. */
async function loadScenarios(app: AppProcess, cookie: string, scenarios: ListScenario[], options: Options) {
  const results: BenchResult[] = [];
  let failed = 0;
  for (const scenario of scenarios) {
    await loadTest(app.url, cookie, scenario, { connections: options.connections, seconds: 2 });
    const measured = await loadTest(app.url, cookie, scenario, options);
    log(
      `${scenario.name}: ${measured.requestsPerSecond.toFixed(0)} requests/s, p50 ${measured.p50Ms} ms, ` +
        `p99 ${measured.p99Ms} ms (${measured.requests} requests, ${measured.failures} failed)`,
    );
    const prefix = scenario.targetP99Ms === null ? '' : 'affiliates list, ';
    const name = `${prefix}${scenario.name}, ${options.connections} connections`;
    if (measured.failures > 0) {
      failed += 1;
      const note = `failed: ${measured.failures} requests failed`;
      results.push(row(`${name}: p99 latency`, null, 'ms', scenario.targetP99Ms, 'lower', note));
      continue;
    }
    const light = await loadTest(app.url, cookie, scenario, { ...options, connections: LIGHT_CONNECTIONS });
    const lightName = `${prefix}${scenario.name}, ${LIGHT_CONNECTIONS} connections`;
    log(`${scenario.name}, ${LIGHT_CONNECTIONS} connections: p50 ${light.p50Ms} ms, p99 ${light.p99Ms} ms`);
    results.push(
      row(`${name}: throughput`, measured.requestsPerSecond, 'requests/s', null, 'higher'),
      row(`${name}: p50 latency`, measured.p50Ms, 'ms'),
      row(`${name}: p99 latency`, measured.p99Ms, 'ms', scenario.targetP99Ms),
      row(`${lightName}: p50 latency`, light.p50Ms, 'ms'),
      light.failures > 0
        ? row(
            `${lightName}: p99 latency`,
            null,
            'ms',
            null,
            'lower',
            `failed: ${light.failures} requests failed`,
          )
        : row(`${lightName}: p99 latency`, light.p99Ms, 'ms'),
    );
    failed += light.failures > 0 ? 1 : 0;
  }
  return { results, failed };
}

/**
 * The app as production runs it, measured from this process: first exports of a small, a medium and the
 * largest employer (does its memory follow the employer's size?), then the affiliates list and its searches at
 * `connections` concurrent connections. Its memory is read from outside: idle, during each export, after
 * the load.
 */
export async function benchAppUnderLoad(input: Input, options: Options) {
  const app = await startApp({
    databaseUrl: input.databaseUrl,
    dataDir: input.dataDir,
    logFile: path.join(input.dir, 'app.log'),
  });
  try {
    const cookie = await logIn(app.url, input.user.email, input.user.password);
    const idleMb = app.rssMb();
    log(`app started on ${app.url}, logged in; RSS ${idleMb.toFixed(0)} MB`);
    const smallPeakMb = await exportPeak(app, cookie, input.small);
    const mediumPeakMb = await exportPeak(app, cookie, input.medium);
    const largestPeakMb = await exportPeak(app, cookie, input.largest);
    const againPeakMb = await exportPeak(app, cookie, input.largest);
    const afterExportsMb = app.rssMb();

    // the floor: what the app answers under the same load when a request reads no data at all
    const floor = {
      name: 'GET /api/health (floor: no data read)',
      targetP99Ms: null,
      paths: ['/api/health'],
    };
    const scenarios = [floor, ...(await listScenarios(input.databaseUrl, input.largest.employerId))];
    const { result: loaded, peakRssMb: loadPeakMb } = await app.peakRssDuring(() =>
      loadScenarios(app, cookie, scenarios, options),
    );
    const afterLoadMb = app.rssMb();
    const results = [
      row('app (production start), idle: RSS', idleMb, 'MB'),
      row(`app exporting ${of(input.small)}: peak RSS`, smallPeakMb, 'MB'),
      row(`app exporting ${of(input.medium)}: peak RSS`, mediumPeakMb, 'MB'),
      row(`app exporting ${of(input.largest)}: peak RSS`, largestPeakMb, 'MB', appMemoryTargets.exportMb),
      row(
        `app peak RSS, export of ${of(input.largest)} less export of ${of(input.medium)}`,
        largestPeakMb - mediumPeakMb,
        'MB',
        appMemoryTargets.growthMb,
      ),
      row(
        `app exporting ${of(input.largest)} again: peak RSS, less the first time`,
        againPeakMb - largestPeakMb,
        'MB',
        appMemoryTargets.repeatMb,
      ),
      row('app after the exports: RSS', afterExportsMb, 'MB'),
      ...loaded.results,
      row('app during the list and search load: peak RSS', loadPeakMb, 'MB'),
      row('app after the list and search load: RSS', afterLoadMb, 'MB'),
    ];
    return { results, failed: loaded.failed };
  } finally {
    await app.stop();
  }
}
