import type { EmailCoveragePoint } from '@groupdesk/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatPercent } from '@/lib/format';
import { areaPath, chart, linePath, plot, yOf } from '../utils/chart-geometry';
import { axisMonth, fullMonth } from '../utils/month-label';

const gridShares = [0, 0.25, 0.5, 0.75, 1];

/** The share of affiliates with a professional address, month by month, drawn as an SVG line. */
export function CoverageChart({ points }: { points: EmailCoveragePoint[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const titleId = useId();
  const plotted = plot(points);
  const label = (point: EmailCoveragePoint, share: number | null) =>
    t('portfolio.coverage.point', {
      month: fullMonth(point.month, language),
      share: share === null ? t('common.notAvailable') : formatPercent(share, language),
      count: formatCount(point.withProfessionalEmail, language),
      total: formatCount(point.affiliates, language),
    });

  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      style={{ maxWidth: chart.width, display: 'block', overflow: 'visible' }}
    >
      <title id={titleId}>
        {t('portfolio.coverage.chartLabel', {
          first: fullMonth(points[0]!.month, language),
          last: fullMonth(points.at(-1)!.month, language),
        })}
      </title>
      {gridShares.map((share) => (
        <g key={share}>
          <line
            x1={chart.left}
            x2={chart.width - chart.right}
            y1={yOf(share)}
            y2={yOf(share)}
            stroke="var(--mantine-color-gray-3)"
            strokeDasharray={share === 0 ? undefined : '3 3'}
          />
          <text
            x={chart.left - 8}
            y={yOf(share) + 4}
            textAnchor="end"
            fontSize={11}
            fill="var(--mantine-color-dimmed)"
          >
            {formatPercent(share, language)}
          </text>
        </g>
      ))}
      <path d={areaPath(plotted)} fill="var(--mantine-color-teal-1)" />
      <path d={linePath(plotted)} fill="none" stroke="var(--mantine-color-teal-7)" strokeWidth={2.5} />
      {plotted.map(({ point, share, x, y }, index) => (
        <g key={point.month}>
          {y !== null && (
            <circle
              cx={x}
              cy={y}
              r={4}
              fill="var(--mantine-color-white)"
              stroke="var(--mantine-color-teal-7)"
              strokeWidth={2}
            >
              <title>{label(point, share)}</title>
            </circle>
          )}
          <text
            x={x}
            y={chart.height - 8}
            textAnchor="middle"
            fontSize={11}
            fill="var(--mantine-color-dimmed)"
          >
            {axisMonth(point.month, language, index === 0)}
          </text>
        </g>
      ))}
    </svg>
  );
}
