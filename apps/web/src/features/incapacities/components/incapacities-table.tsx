import type { Incapacity } from '@groupdesk/contracts';
import { Anchor, Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableSkeletonRows } from '@/components/ui/table-skeleton-rows';
import { formatDate } from '@/lib/format';

interface IncapacitiesTableProps {
  employerId: string;
  /** undefined while the first page loads */
  incapacities: Incapacity[] | undefined;
  /** write users only: the return to work of an open incapacity */
  onClose?: (incapacity: Incapacity) => void;
}

/** The earliest day the insurer's annuity starts, among the affiliate's contracts with disability cover. */
const insurerFrom = (incapacity: Incapacity) =>
  incapacity.contracts.flatMap((contract) => contract.insurerContributionFrom ?? []).sort()[0];

export function IncapacitiesTable({ employerId, incapacities, onClose }: IncapacitiesTableProps) {
  const { t } = useTranslation();
  const columns = 7 + (onClose ? 1 : 0);

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing={8} horizontalSpacing="sm" aria-busy={incapacities === undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('incapacities.columns.affiliate')}</Table.Th>
            <Table.Th>{t('incapacities.columns.cause')}</Table.Th>
            <Table.Th>{t('incapacities.columns.firstDay')}</Table.Th>
            <Table.Th>{t('incapacities.columns.guaranteedPayEnd')}</Table.Th>
            <Table.Th>{t('incapacities.columns.insurerFrom')}</Table.Th>
            <Table.Th>{t('incapacities.columns.reportingDeadline')}</Table.Th>
            <Table.Th>{t('incapacities.columns.endDate')}</Table.Th>
            {onClose && (
              <Table.Th>
                <VisuallyHidden>{t('incapacities.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {incapacities === undefined ? (
            <TableSkeletonRows rows={5} columns={columns} />
          ) : (
            incapacities.map((incapacity) => {
              const from = insurerFrom(incapacity);
              return (
                <Table.Tr key={incapacity.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/employers/${employerId}/affiliates/${incapacity.affiliate.id}`}
                      fz="sm"
                    >
                      <Text span tt="uppercase" inherit>
                        {incapacity.affiliate.lastName}
                      </Text>{' '}
                      {incapacity.affiliate.firstName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td fz="sm">{t(`incapacities.causes.${incapacity.cause}`)}</Table.Td>
                  <Table.Td fz="sm">{formatDate(incapacity.firstDay)}</Table.Td>
                  <Table.Td fz="sm">
                    {incapacity.guaranteedPayEnd
                      ? formatDate(incapacity.guaranteedPayEnd)
                      : t('common.notAvailable')}
                  </Table.Td>
                  <Table.Td fz="sm">{from ? formatDate(from) : t('common.notAvailable')}</Table.Td>
                  <Table.Td fz="sm">
                    {formatDate(incapacity.reportingDeadline)}{' '}
                    {incapacity.late && (
                      <Badge color="orange" variant="light" size="sm">
                        {t('incapacities.late.badge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {incapacity.endDate ? formatDate(incapacity.endDate) : t('incapacities.openLabel')}
                  </Table.Td>
                  {onClose && (
                    <Table.Td>
                      {incapacity.endDate === null && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onClose(incapacity)}
                          aria-label={t('incapacities.close.buttonFor', {
                            name: `${incapacity.affiliate.firstName} ${incapacity.affiliate.lastName}`,
                          })}
                        >
                          {t('incapacities.close.button')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
