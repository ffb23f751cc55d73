import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** affiliates in the database, over `employers` employers; the largest has a tenth of them */
  affiliates: number;
  employers: number;
  /** how often each timed task runs: the table shows the median time and the highest peak memory */
  runs: number;
  /** concurrent connections of the load test, and how long each of its scenarios runs */
  connections: number;
  seconds: number;
}

const usage =
  'usage: pnpm bench [--affiliates 1000000] [--employers 2000] [--runs 3] [--connections 200] [--seconds 10]';

function positiveInteger(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option}: ${text}?\n${usage}`);
  return value;
}

/**
 * `pnpm bench` builds 1,000,000 affiliates over 2,000 employers and measures each timed task three times;
 * `--affiliates 100000` is the quick run of development (its largest employer has 10,000).
 */
export function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    // `pnpm bench -- --runs 1` passes the `--` along
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      affiliates: { type: 'string', default: '1000000' },
      employers: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '3' },
      connections: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '10' },
    },
  });
  const options = {
    affiliates: positiveInteger(values.affiliates, '--affiliates'),
    employers: positiveInteger(values.employers, '--employers'),
    runs: positiveInteger(values.runs, '--runs'),
    connections: positiveInteger(values.connections, '--connections'),
    seconds: positiveInteger(values.seconds, '--seconds'),
  };
  if (options.affiliates < options.employers) {
    throw new Error(`--affiliates must be at least --employers (one affiliate each)\n${usage}`);
  }
  return options;
}
