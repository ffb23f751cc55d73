import { emailKindSchema, emailStatusSchema } from '@groupdesk/contracts';
import type { EmailListQuery } from '@groupdesk/contracts';
import { useTranslation } from 'react-i18next';
import {
  AffiliateFilter,
  ChoiceFilter,
  ClearFiltersButton,
  DayRangeFilter,
} from '@/components/ui/list-filters';

type Filters = Pick<EmailListQuery, 'kind' | 'status' | 'affiliateId' | 'from' | 'to'>;

interface EmailFiltersProps {
  query: EmailListQuery;
  /** the name of the affiliate the log is narrowed to, once an e-mail of theirs has loaded */
  affiliateName: string | undefined;
  onChange: (change: Filters) => void;
  onClear?: () => void;
}

export function EmailFilters({ query, affiliateName, onChange, onClear }: EmailFiltersProps) {
  const { t } = useTranslation();

  return (
    <>
      <ChoiceFilter
        label={t('emails.filters.kind')}
        anyLabel={t('emails.filters.anyKind')}
        value={query.kind}
        options={emailKindSchema.options.map((kind) => ({ value: kind, label: t(`emails.kinds.${kind}`) }))}
        onChange={(kind) => onChange({ kind })}
        w={220}
      />
      <ChoiceFilter
        label={t('emails.filters.status')}
        anyLabel={t('emails.filters.anyStatus')}
        value={query.status}
        options={emailStatusSchema.options.map((status) => ({
          value: status,
          label: t(`emails.statuses.${status}`),
        }))}
        onChange={(status) => onChange({ status })}
        w={160}
      />
      <DayRangeFilter
        labels={{
          from: t('emails.filters.from'),
          to: t('emails.filters.to'),
          toBeforeFrom: t('emails.filters.toBeforeFrom'),
        }}
        from={query.from}
        to={query.to}
        onChange={onChange}
      />
      {query.affiliateId && (
        <AffiliateFilter
          label={t('emails.filters.affiliate')}
          name={affiliateName ?? t('emails.filters.oneAffiliate')}
          clearLabel={t('emails.filters.allAffiliates')}
          onClear={() => onChange({ affiliateId: undefined })}
        />
      )}
      {onClear && <ClearFiltersButton label={t('emails.filters.clear')} onClick={onClear} />}
    </>
  );
}
