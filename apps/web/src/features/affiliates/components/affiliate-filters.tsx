import type { AffiliateListQuery } from '@groupdesk/contracts';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter, ClearFiltersButton } from '@/components/ui/list-filters';
import { useContracts } from '@/lib/contracts';

type Filters = Pick<AffiliateListQuery, 'employmentStatus' | 'contractId' | 'contractStatus' | 'missing'>;

interface AffiliateFiltersProps {
  employerId: string;
  query: AffiliateListQuery;
  onChange: (change: Filters) => void;
  onClear?: () => void;
}

const employmentStatuses = ['in-service', 'left'] as const;
const contractStatuses = ['active', 'passive', 'terminated'] as const;

export function AffiliateFilters({ employerId, query, onChange, onClear }: AffiliateFiltersProps) {
  const { t } = useTranslation();
  const contracts = useContracts(employerId);

  return (
    <>
      <ChoiceFilter
        label={t('affiliates.filters.employmentStatus')}
        anyLabel={t('affiliates.filters.anyEmploymentStatus')}
        value={query.employmentStatus}
        options={employmentStatuses.map((status) => ({
          value: status,
          label: t(`status.employment.${status}`),
        }))}
        onChange={(employmentStatus) => onChange({ employmentStatus })}
        w={150}
      />
      <NativeSelect
        label={t('affiliates.filters.contract')}
        value={query.contractId ?? ''}
        onChange={(event) => onChange({ contractId: event.currentTarget.value || undefined })}
        data={[
          { value: '', label: t('affiliates.filters.anyContract') },
          ...(contracts.data?.items ?? []).map((contract) => ({
            value: contract.id,
            label: `${contract.number} — ${contract.name}`,
          })),
          // a contract from the URL that the list does not (yet) hold still shows as selected
          ...(query.contractId && !contracts.data?.items.some((contract) => contract.id === query.contractId)
            ? [{ value: query.contractId, label: query.contractId }]
            : []),
        ]}
        w={220}
      />
      <ChoiceFilter
        label={t('affiliates.filters.contractStatus')}
        anyLabel={t('affiliates.filters.anyContractStatus')}
        value={query.contractStatus}
        options={contractStatuses.map((status) => ({ value: status, label: t(`status.contract.${status}`) }))}
        onChange={(contractStatus) => onChange({ contractStatus })}
        w={160}
      />
      <ChoiceFilter
        label={t('affiliates.filters.missing')}
        anyLabel={t('affiliates.filters.anyMissing')}
        value={query.missing}
        options={[
          { value: 'nationalNumber', label: t('affiliates.filters.missingNationalNumber') },
          { value: 'professionalEmail', label: t('affiliates.filters.missingProfessionalEmail') },
        ]}
        onChange={(missing) => onChange({ missing })}
        w={200}
      />
      {onClear && <ClearFiltersButton label={t('affiliates.filters.clear')} onClick={onClear} />}
    </>
  );
}
