import type { EmailCoveragePoint } from '@groupdesk/contracts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatCount, formatPercent } from '@/lib/format';
import { fullMonth } from '../utils/month-label';

/** The chart's figures as a table: for reading them exactly, and for screen readers. */
export function CoverageTable({ points }: { points: EmailCoveragePoint[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Table fz="sm" verticalSpacing={4} striped aria-label={t('portfolio.coverage.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('portfolio.coverage.month')}</Table.Th>
          <Table.Th ta="right">{t('portfolio.coverage.share')}</Table.Th>
          <Table.Th ta="right">{t('portfolio.coverage.withEmail')}</Table.Th>
          <Table.Th ta="right">{t('portfolio.coverage.affiliates')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {points.map((point) => (
          <Table.Tr key={point.month}>
            <Table.Td>{fullMonth(point.month, language)}</Table.Td>
            <Table.Td ta="right">
              {point.affiliates === 0
                ? t('common.notAvailable')
                : formatPercent(point.withProfessionalEmail / point.affiliates, language)}
            </Table.Td>
            <Table.Td ta="right">{formatCount(point.withProfessionalEmail, language)}</Table.Td>
            <Table.Td ta="right">{formatCount(point.affiliates, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
