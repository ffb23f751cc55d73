import { Button, CloseButton, NativeSelect, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { DayFilter } from './day-filter';

/**
 * The pieces the affiliates, e-mails and journal lists filter with: a choice with an "any" entry first, a
 * range of days, the one affiliate a list is narrowed to, and the button that clears it all.
 */

interface ChoiceFilterProps<T extends string> {
  label: string;
  /** the first entry, which filters on nothing */
  anyLabel: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  w: number;
}

export function ChoiceFilter<T extends string>({
  label,
  anyLabel,
  value,
  options,
  onChange,
  w,
}: ChoiceFilterProps<T>) {
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      // only a value of the options goes out: a tampered select cannot put anything else in the URL
      onChange={(event) =>
        onChange(options.find((option) => option.value === event.currentTarget.value)?.value)
      }
      data={[{ value: '', label: anyLabel }, ...options]}
      w={w}
    />
  );
}

interface DayRangeFilterProps {
  labels: { from: string; to: string; toBeforeFrom: string };
  from: string | undefined;
  to: string | undefined;
  onChange: (change: { from?: string; to?: string }) => void;
}

export function DayRangeFilter({ labels, from, to, onChange }: DayRangeFilterProps) {
  return (
    <>
      <DayFilter
        key={`from-${from ?? ''}`}
        label={labels.from}
        value={from}
        onChange={(day) => onChange({ from: day })}
      />
      <DayFilter
        key={`to-${to ?? ''}`}
        label={labels.to}
        value={to}
        onChange={(day) => onChange({ to: day })}
        // the API answers an empty page; saying why spares a search for what is missing
        error={from && to && to < from ? labels.toBeforeFrom : undefined}
      />
    </>
  );
}

interface AffiliateFilterProps {
  label: string;
  /** the affiliate's name once something of theirs has loaded, else a placeholder */
  name: string;
  clearLabel: string;
  onClear: () => void;
}

export function AffiliateFilter({ label, name, clearLabel, onClear }: AffiliateFilterProps) {
  return (
    <TextInput
      label={label}
      value={name}
      readOnly
      rightSection={<CloseButton size="sm" onClick={onClear} aria-label={clearLabel} />}
      w={220}
    />
  );
}

export function ClearFiltersButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="subtle"
      color="gray"
      leftSection={<IconFilterOff size={16} aria-hidden />}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
