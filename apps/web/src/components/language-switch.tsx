import { uiLanguages } from '@groupdesk/domain';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, isUiLanguage, useUiLanguage } from '@/i18n';
import { useSession, useUpdateSessionLanguage } from '@/lib/session';

const options = uiLanguages.map((language) => ({ value: language, label: language.toUpperCase() }));

/** FR / NL / EN: remembered in this browser, and on the user's account when logged in. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { data: session } = useSession();
  const updateLanguage = useUpdateSessionLanguage();

  const onChange = (value: string) => {
    if (!isUiLanguage(value)) return;
    changeUiLanguage(value);
    if (session) updateLanguage.mutate({ language: value });
  };

  return (
    <SegmentedControl
      aria-label={t('languages.switchLabel')}
      size="xs"
      data={options}
      value={language}
      onChange={onChange}
    />
  );
}
