import fs from 'node:fs';

/** One figure of the bench, as `bench/results.json` holds it. */
export interface BenchResult {
  name: string;
  /** null when the figure could not be measured (see `note`) */
  value: number | null;
  unit: string;
  /** in the same unit; null when there is none */
  target: number | null;
  better: 'lower' | 'higher';
  /** why there is no value; table only, not written to results.json */
  note?: string;
}

export function meetsTarget(result: BenchResult): boolean | null {
  if (result.value === null || result.target === null) return null;
  return result.better === 'lower' ? result.value <= result.target : result.value >= result.target;
}

const decimals = (unit: string) => (unit === 's' || unit === '×' ? 2 : unit === 'MB' ? 1 : 0);

function formatNumber(value: number, unit: string): string {
  const places = decimals(unit);
  return value.toLocaleString('en', { minimumFractionDigits: places, maximumFractionDigits: places });
}

export function formatTable(results: BenchResult[]): string {
  const rows = results.map((result) => {
    const verdict = meetsTarget(result);
    return [
      result.name,
      result.value === null ? '—' : formatNumber(result.value, result.unit),
      result.unit,
      result.target === null
        ? ''
        : `${result.better === 'lower' ? '≤' : '≥'} ${formatNumber(result.target, result.unit)}`,
      verdict === null ? '' : verdict ? 'pass' : 'MISS',
      result.note ?? '',
    ];
  });
  const header = ['name', 'value', 'unit', 'target', 'pass/miss', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  // names and notes left-aligned, figures right-aligned
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === header.length - 1
          ? cell.padEnd(widths[column]!)
          : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function writeResults(file: string, results: BenchResult[]): void {
  // a millisecond, a kilobyte: finer digits are noise
  const rounded = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
  const plain = results.map(({ name, value, unit, target, better }) => ({
    name,
    value: rounded(value),
    unit,
    target: rounded(target),
    better,
  }));
  fs.writeFileSync(file, `${JSON.stringify(plain, null, 2)}\n`);
}
