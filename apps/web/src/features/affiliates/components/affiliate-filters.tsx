import type { AffiliateListQuery } from '@groupdesk/contracts';
import { Button, NativeSelect } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useContracts } from '@/lib/contracts';

type Filters = Pick<AffiliateListQuery, 'employmentStatus' | 'contractId' | 'contractStatus' | 'missing'>;

interface AffiliateFiltersProps {
  employerId: string;
  query: AffiliateListQuery;
  onChange: (change: Filters) => void;
  onClear?: () => void;
}

const employmentStatuses = ['in-service', 'left'] as const;
const missingData = ['nationalNumber', 'professionalEmail'] as const;
const contractStatuses = ['active', 'passive', 'terminated'] as const;
const isContractStatus = (value: string) => contractStatuses.find((status) => status === value);
const isEmploymentStatus = (value: string) => employmentStatuses.find((status) => status === value);
const isMissingData = (value: string) => missingData.find((missing) => missing === value);

export function AffiliateFilters({ employerId, query, onChange, onClear }: AffiliateFiltersProps) {
  const { t } = useTranslation();
  const contracts = useContracts(employerId);

  return (
    <>
      <NativeSelect
        label={t('affiliates.filters.employmentStatus')}
        value={query.employmentStatus ?? ''}
        onChange={(event) => onChange({ employmentStatus: isEmploymentStatus(event.currentTarget.value) })}
        data={[
          { value: '', label: t('affiliates.filters.anyEmploymentStatus') },
          ...employmentStatuses.map((status) => ({ value: status, label: t(`status.employment.${status}`) })),
        ]}
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
      <NativeSelect
        label={t('affiliates.filters.contractStatus')}
        value={query.contractStatus ?? ''}
        onChange={(event) => onChange({ contractStatus: isContractStatus(event.currentTarget.value) })}
        data={[
          { value: '', label: t('affiliates.filters.anyContractStatus') },
          ...contractStatuses.map((status) => ({ value: status, label: t(`status.contract.${status}`) })),
        ]}
        w={160}
      />
      <NativeSelect
        label={t('affiliates.filters.missing')}
        value={query.missing ?? ''}
        onChange={(event) => onChange({ missing: isMissingData(event.currentTarget.value) })}
        data={[
          { value: '', label: t('affiliates.filters.anyMissing') },
          { value: 'nationalNumber', label: t('affiliates.filters.missingNationalNumber') },
          { value: 'professionalEmail', label: t('affiliates.filters.missingProfessionalEmail') },
        ]}
        w={200}
      />
      {onClear && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
        >
          {t('affiliates.filters.clear')}
        </Button>
      )}
    </>
  );
}
