import {
  type JournalListQuery,
  type JournalListResponse,
  journalKindLabel,
  journalSortSchema,
} from '@groupdesk/contracts';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AffiliateFilter,
  ChoiceFilter,
  ClearFiltersButton,
  DayRangeFilter,
} from '@/components/ui/list-filters';
import { useUiLanguage } from '@/i18n';
import { JournalSearch } from './journal-search';

type Change = Partial<Omit<JournalListQuery, 'after' | 'pageSize'>>;

interface JournalFiltersProps {
  query: JournalListQuery;
  facets: JournalListResponse['facets'] | undefined;
  /** the name of the affiliate the journal is narrowed to, once an entry of theirs has loaded */
  affiliateName: string | undefined;
  onChange: (change: Change) => void;
  onClear?: () => void;
}

export function JournalFilters({ query, facets, affiliateName, onChange, onClear }: JournalFiltersProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const kinds = facets?.kinds ?? (query.kind ? [query.kind] : []);
  const users = facets?.users ?? [];
  const sorts = journalSortSchema.options;

  return (
    <>
      <JournalSearch value={query.search} onChange={(search) => onChange({ search })} />
      <ChoiceFilter
        label={t('journal.filters.kind')}
        anyLabel={t('journal.filters.anyKind')}
        value={query.kind}
        options={kinds
          .map((kind) => ({ value: kind, label: journalKindLabel(kind, language) }))
          .sort((a, b) => a.label.localeCompare(b.label, language))}
        onChange={(kind) => onChange({ kind })}
        w={240}
      />
      <ChoiceFilter
        label={t('journal.filters.user')}
        anyLabel={t('journal.filters.anyUser')}
        value={query.userId}
        options={users.map((user) => ({ value: user.id, label: user.name }))}
        onChange={(userId) => onChange({ userId })}
        w={200}
      />
      <DayRangeFilter
        labels={{
          from: t('journal.filters.from'),
          to: t('journal.filters.to'),
          toBeforeFrom: t('journal.filters.toBeforeFrom'),
        }}
        from={query.from}
        to={query.to}
        onChange={onChange}
      />
      {query.affiliateId && (
        <AffiliateFilter
          label={t('journal.filters.affiliate')}
          name={affiliateName ?? t('journal.filters.oneAffiliate')}
          clearLabel={t('journal.filters.allAffiliates')}
          onClear={() => onChange({ affiliateId: undefined })}
        />
      )}
      <NativeSelect
        label={t('journal.filters.sort')}
        value={query.sort}
        onChange={(event) =>
          onChange({ sort: sorts.find((sort) => sort === event.currentTarget.value) ?? '-at' })
        }
        data={sorts.map((sort) => ({ value: sort, label: t(`journal.sorts.${sort}`) }))}
        w={200}
      />
      {onClear && <ClearFiltersButton label={t('journal.filters.clear')} onClick={onClear} />}
    </>
  );
}
