import { normalizeNationalNumber, parseNationalNumber } from '@groupdesk/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

/**
 * What a number typed in the form stands for, read as soon as it has 11 valid digits, so that the
 * officer sees "BIS number · born 30/07/1985 · female" before saving; the hint otherwise.
 */
export function NationalNumberReading({ typed, hint }: { typed: string; hint: string }) {
  const { t } = useTranslation();
  const digits = normalizeNationalNumber(typed);
  const parsed = digits === null ? null : parseNationalNumber(digits);
  if (!parsed?.ok) return <>{hint}</>;

  const { kind, birthDate, sex } = parsed.value;
  const parts = [
    t(`status.nationalNumber.${kind}`),
    birthDate
      ? t('affiliate.edit.numberBorn', { date: formatDate(birthDate) })
      : t('affiliate.edit.numberBirthDateUnknown'),
    sex ? t(`sex.${sex}`) : t('affiliate.edit.numberSexUnknown'),
  ];
  return <span data-testid="number-reading">{parts.join(' · ')}</span>;
}
