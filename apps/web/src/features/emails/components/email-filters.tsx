import { emailKindSchema, emailStatusSchema } from '@groupdesk/contracts';
import type { EmailListQuery } from '@groupdesk/contracts';
import { Button, CloseButton, NativeSelect, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DayFilter } from '@/components/ui/day-filter';

type Filters = Pick<EmailListQuery, 'kind' | 'status' | 'affiliateId' | 'from' | 'to'>;

interface EmailFiltersProps {
  query: EmailListQuery;
  /** the name of the affiliate the log is narrowed to, once an e-mail of theirs has loaded */
  affiliateName: string | undefined;
  onChange: (change: Filters) => void;
  onClear?: () => void;
}

const kinds = emailKindSchema.options;
const statuses = emailStatusSchema.options;
const isKind = (value: string) => kinds.find((kind) => kind === value);
const isStatus = (value: string) => statuses.find((status) => status === value);

export function EmailFilters({ query, affiliateName, onChange, onClear }: EmailFiltersProps) {
  const { t } = useTranslation();

  return (
    <>
      <NativeSelect
        label={t('emails.filters.kind')}
        value={query.kind ?? ''}
        onChange={(event) => onChange({ kind: isKind(event.currentTarget.value) })}
        data={[
          { value: '', label: t('emails.filters.anyKind') },
          ...kinds.map((kind) => ({ value: kind, label: t(`emails.kinds.${kind}`) })),
        ]}
        w={220}
      />
      <NativeSelect
        label={t('emails.filters.status')}
        value={query.status ?? ''}
        onChange={(event) => onChange({ status: isStatus(event.currentTarget.value) })}
        data={[
          { value: '', label: t('emails.filters.anyStatus') },
          ...statuses.map((status) => ({ value: status, label: t(`emails.statuses.${status}`) })),
        ]}
        w={160}
      />
      <DayFilter
        key={`from-${query.from ?? ''}`}
        label={t('emails.filters.from')}
        value={query.from}
        onChange={(from) => onChange({ from })}
      />
      <DayFilter
        key={`to-${query.to ?? ''}`}
        label={t('emails.filters.to')}
        value={query.to}
        onChange={(to) => onChange({ to })}
        // the API answers an empty page; saying why spares a search for the missing e-mails
        error={query.from && query.to && query.to < query.from ? t('emails.filters.toBeforeFrom') : undefined}
      />
      {query.affiliateId && (
        <TextInput
          label={t('emails.filters.affiliate')}
          value={affiliateName ?? t('emails.filters.oneAffiliate')}
          readOnly
          rightSection={
            <CloseButton
              size="sm"
              onClick={() => onChange({ affiliateId: undefined })}
              aria-label={t('emails.filters.allAffiliates')}
            />
          }
          w={220}
        />
      )}
      {onClear && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
        >
          {t('emails.filters.clear')}
        </Button>
      )}
    </>
  );
}
