import {
  type JournalListQuery,
  type JournalListResponse,
  journalKindLabel,
  journalSortSchema,
} from '@groupdesk/contracts';
import { Button, CloseButton, NativeSelect, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DayFilter } from '@/components/ui/day-filter';
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
      <NativeSelect
        label={t('journal.filters.kind')}
        value={query.kind ?? ''}
        onChange={(event) => onChange({ kind: event.currentTarget.value || undefined })}
        data={[
          { value: '', label: t('journal.filters.anyKind') },
          ...kinds
            .map((kind) => ({ value: kind, label: journalKindLabel(kind, language) }))
            .sort((a, b) => a.label.localeCompare(b.label, language)),
        ]}
        w={240}
      />
      <NativeSelect
        label={t('journal.filters.user')}
        value={query.userId ?? ''}
        onChange={(event) => onChange({ userId: event.currentTarget.value || undefined })}
        data={[
          { value: '', label: t('journal.filters.anyUser') },
          ...users.map((user) => ({ value: user.id, label: user.name })),
        ]}
        w={200}
      />
      <DayFilter
        key={`from-${query.from ?? ''}`}
        label={t('journal.filters.from')}
        value={query.from}
        onChange={(from) => onChange({ from })}
      />
      <DayFilter
        key={`to-${query.to ?? ''}`}
        label={t('journal.filters.to')}
        value={query.to}
        onChange={(to) => onChange({ to })}
        error={
          query.from && query.to && query.to < query.from ? t('journal.filters.toBeforeFrom') : undefined
        }
      />
      {query.affiliateId && (
        <TextInput
          label={t('journal.filters.affiliate')}
          value={affiliateName ?? t('journal.filters.oneAffiliate')}
          readOnly
          rightSection={
            <CloseButton
              size="sm"
              onClick={() => onChange({ affiliateId: undefined })}
              aria-label={t('journal.filters.allAffiliates')}
            />
          }
          w={220}
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
      {onClear && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
        >
          {t('journal.filters.clear')}
        </Button>
      )}
    </>
  );
}
