import type { UiLanguage } from '@groupdesk/domain';
import { type CodeNames, codeNamesEn } from './code-names-en';
import { codeNamesFr } from './code-names-fr';
import { codeNamesNl } from './code-names-nl';
import { type JournalTexts, journalTextsEn } from './journal-texts-en';
import { journalTextsFr } from './journal-texts-fr';
import { journalTextsNl } from './journal-texts-nl';
import type { JournalNames } from './journal-value-names';

export type { CodeNames } from './code-names-en';
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

/** The application's names of codes (statuses, life events, roles…) in each language it speaks. */
export const codeNames: Record<UiLanguage, CodeNames> = {
  en: codeNamesEn,
  fr: codeNamesFr,
  nl: codeNamesNl,
};

const namesIn = (language: UiLanguage): JournalNames => ({
  ...codeNames[language],
  journal: { ...codeNames[language].journal, ...journalTexts[language] },
});

/** Everything a journal value is read with, for a reader without the SPA's dictionary (the journal's export). */
export const journalNames: Record<UiLanguage, JournalNames> = {
  en: namesIn('en'),
  fr: namesIn('fr'),
  nl: namesIn('nl'),
};
