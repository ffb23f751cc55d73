import type { UiLanguage } from '@groupdesk/domain';
import { type JournalTexts, journalTextsEn } from './journal-texts-en';
import { journalTextsFr } from './journal-texts-fr';
import { journalTextsNl } from './journal-texts-nl';

export * from './display-format';
export * from './journal-fields';
export type { JournalTexts } from './journal-texts-en';
export type { JournalNames } from './journal-value-names';
export * from './journal-values';

/** The journal's field labels and value names in each language the application speaks. */
export const journalTexts: Record<UiLanguage, JournalTexts> = {
  en: journalTextsEn,
  fr: journalTextsFr,
  nl: journalTextsNl,
};
