import { uiLanguages } from '@groupdesk/domain';
import type { UiLanguage } from '@groupdesk/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, useUiLanguage } from '@/i18n';
import { useSession, useUpdateSessionLanguage } from '@/lib/session';
import classes from './language-switch.module.css';

/**
 * FR / NL / EN as a radio group: remembered in this browser, and on the user's account when logged in.
 * Native radios give arrow-key navigation for free.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const name = useId();
  const current = useUiLanguage();
  const { data: session } = useSession();
  const updateLanguage = useUpdateSessionLanguage();

  const choose = (language: UiLanguage) => {
    changeUiLanguage(language);
    if (session) updateLanguage.mutate({ language });
  };

  return (
    <div role="radiogroup" aria-label={t('languages.switchLabel')} className={classes.group}>
      {uiLanguages.map((language) => (
        <label
          key={language}
          className={classes.option}
          data-checked={language === current || undefined}
          title={t(`languages.${language}`)}
          lang={language}
        >
          <input
            type="radio"
            name={name}
            value={language}
            checked={language === current}
            onChange={() => choose(language)}
            className={classes.input}
          />
          {language.toUpperCase()}
        </label>
      ))}
    </div>
  );
}
