import type { EmailCoveragePoint } from '@groupdesk/contracts';

export const chart = { width: 960, height: 240, left: 44, right: 12, top: 12, bottom: 28 } as const;

const plotWidth = chart.width - chart.left - chart.right;
const plotHeight = chart.height - chart.top - chart.bottom;

export interface PlottedPoint {
  point: EmailCoveragePoint;
  /** null where no affiliate was counted: the line breaks there */
  share: number | null;
  x: number;
  y: number | null;
}

/** x spreads the months evenly; y is the share, 0 % at the bottom and 100 % at the top. */
export function plot(points: EmailCoveragePoint[]): PlottedPoint[] {
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  return points.map((point, index) => {
    const share = point.affiliates === 0 ? null : point.withProfessionalEmail / point.affiliates;
    return {
      point,
      share,
      x: chart.left + (points.length > 1 ? index * step : plotWidth / 2),
      y: share === null ? null : chart.top + (1 - share) * plotHeight,
    };
  });
}

export const yOf = (share: number) => chart.top + (1 - share) * plotHeight;
export const baseline = chart.top + plotHeight;

/** The line through the points, broken where a month has no affiliates. */
export function linePath(plotted: PlottedPoint[]): string {
  let path = '';
  let drawing = false;
  for (const { x, y } of plotted) {
    if (y === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/** The area under each unbroken run of the line. */
export function areaPath(plotted: PlottedPoint[]): string {
  const runs: PlottedPoint[][] = [[]];
  for (const p of plotted) {
    if (p.y === null) runs.push([]);
    else runs.at(-1)!.push(p);
  }
  return runs
    .filter((run) => run.length > 1)
    .map(
      (run) =>
        `M${run[0]!.x.toFixed(1)},${baseline}` +
        run.map((p) => `L${p.x.toFixed(1)},${p.y!.toFixed(1)}`).join('') +
        `L${run.at(-1)!.x.toFixed(1)},${baseline}Z`,
    )
    .join('');
}
