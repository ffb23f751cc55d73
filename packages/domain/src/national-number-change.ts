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
 * A change the register never makes: a BIS number is given to whom has no national number, and the national
 * number that replaces it is definitive (FAQ, question 5). A national number is corrected by another national
 * number, never replaced by a BIS number: that would be another person's number, or a typing error.
 */
export function nationalNumberChangeRefusal(
  previousKind: NationalNumberKind | null,
  nextKind: NationalNumberKind,
): 'national-to-bis' | null {
  return previousKind === 'national' && nextKind === 'bis' ? 'national-to-bis' : null;
}

/**
 * Another affiliate of the insurer found with the number: holding it now, or having held it before (in the
 * history of numbers, replaced since). `sameEmployer` and `inUserScope` say whether the user may look them up.
 */
export interface NumberHolder {
  holdsItNow: boolean;
  sameEmployer: boolean;
  inUserScope: boolean;
}

export type NumberHolderRefusal =
  'taken' | 'taken-out-of-scope' | 'taken-elsewhere' | 'held-before' | 'held-before-elsewhere';

/**
 * Why a number found with another affiliate is refused: one insurer, one person per number, and a number that
 * was someone else's before is still theirs (a BIS number replaced, a correction). The reason points to the
 * holder only where the user may see them: outside the user's contracts or employer it says where to turn.
 */
export function numberHolderRefusal(holder: NumberHolder | null): NumberHolderRefusal | null {
  if (holder === null) return null;
  const visible = holder.sameEmployer && holder.inUserScope;
  if (!holder.holdsItNow) return visible ? 'held-before' : 'held-before-elsewhere';
  if (visible) return 'taken';
  return holder.sameEmployer ? 'taken-out-of-scope' : 'taken-elsewhere';
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
