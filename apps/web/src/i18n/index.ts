import { uiLanguages } from '@groupdesk/domain';
import type { UiLanguage } from '@groupdesk/domain';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import type { Dictionary } from './en';
import { fr } from './fr';
import { nl } from './nl';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Dictionary };
  }
}

const storageKey = 'groupdesk.language';

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);

function storedLanguage(): UiLanguage | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): UiLanguage {
  for (const tag of navigator.languages) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isUiLanguage(language)) return language;
  }
  return 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, nl: { translation: nl } },
  lng: storedLanguage() ?? browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...uiLanguages],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// Someone who logs in keeps the language the login page spoke to them in: the session then saves it
// on the account, rather than the account's earlier language switching the screen under them.
let languageAtLogin: UiLanguage | null = null;

/** Called when the login form is sent: the language in use then is the one to keep. */
export function keepLanguageAcrossLogin(): void {
  languageAtLogin = isUiLanguage(i18n.language) ? i18n.language : null;
}

/** The language in use at login, once; null when the session was already there (a reload, a new tab). */
export function takeLanguageAtLogin(): UiLanguage | null {
  const language = languageAtLogin;
  languageAtLogin = null;
  return language;
}

/** Switches the interface language and remembers it in this browser. */
export function changeUiLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // private browsing may refuse storage; the switch still applies to this visit
  }
  void i18n.changeLanguage(language);
}

export function useUiLanguage(): UiLanguage {
  const { i18n: instance } = useTranslation();
  return isUiLanguage(instance.language) ? instance.language : 'en';
}

export { i18n };
