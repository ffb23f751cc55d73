import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** affiliates per employer, one employer per size */
  sizes: number[];
  /** how often each timed task runs: the table shows the median time and the highest peak memory */
  runs: number;
}

const usage = 'usage: pnpm bench [--sizes 10000,100000] [--runs 3]';

function positiveIntegers(text: string, option: string): number[] {
  const values = text.split(',').map(Number);
  if (values.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${option}: ${text}?\n${usage}`);
  return values;
}

/** `pnpm bench` measures 10,000 and 100,000 affiliates three times; a later size is one option away. */
export function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    // `pnpm bench -- --runs 1` passes the `--` along
    args: args[0] === '--' ? args.slice(1) : args,
    options: { sizes: { type: 'string', default: '10000,100000' }, runs: { type: 'string', default: '3' } },
  });
  return {
    sizes: positiveIntegers(values.sizes, '--sizes'),
    runs: positiveIntegers(values.runs, '--runs')[0]!,
  };
}
