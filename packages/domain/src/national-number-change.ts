// Adding, correcting or replacing an affiliate's national/BIS number (FAQ, questions 3 to 6): a person
// keeps one birth date and one sex, so a new number that says otherwise is a typing error or someone
// else's number. A BIS number is replaced by the national number once the register gives one.
import type { Sex } from './enums';
import type { NationalNumber, NationalNumberKind } from './national-number';
import { type NationalNumberInconsistency, nationalNumberInconsistencies } from './national-number-tools';

export type NationalNumberChange = 'added' | 'corrected' | 'bis-replaced';

export function nationalNumberChangeOf(
  previousKind: NationalNumberKind | null,
  nextKind: NationalNumberKind,
): NationalNumberChange {
  if (previousKind === null) return 'added';
  return previousKind === 'bis' && nextKind === 'national' ? 'bis-replaced' : 'corrected';
}

/**
 * Where the new number disagrees with what is known of the person: the recorded birth date and sex, and
 * where nothing is recorded, what the number being replaced said. Empty when the number may be recorded.
 */
export function nationalNumberDisagreements(
  next: NationalNumber,
  known: { birthDate: string | null; sex: Sex | null; previous: NationalNumber | null },
): NationalNumberInconsistency[] {
  const fromRecord = nationalNumberInconsistencies(next, known);
  const previous = known.previous;
  if (previous === null) return fromRecord;
  const fromPrevious = nationalNumberInconsistencies(next, {
    birthDate: known.birthDate === null ? previous.birthDate : null,
    sex: known.sex === null ? previous.sex : null,
  });
  return [...new Set([...fromRecord, ...fromPrevious])];
}
