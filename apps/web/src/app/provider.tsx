import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { changeUiLanguage, i18n, isUiLanguage, takeLanguageAtLogin } from '@/i18n';
import { useSession, useUpdateSessionLanguage } from '@/lib/session';
import { theme } from './theme';

/**
 * A session found at start-up (reload, new tab) brings the user's saved language. A session just opened
 * through the login form keeps the language the user logged in with, and saves it on the account.
 */
function SessionLanguage() {
  const userLanguage = useSession().data?.user.language;
  const { mutate: saveLanguage } = useUpdateSessionLanguage();
  useEffect(() => {
    if (userLanguage === undefined) return;
    const atLogin = takeLanguageAtLogin();
    if (atLogin !== null && atLogin !== userLanguage) saveLanguage({ language: atLogin });
    else if (isUiLanguage(userLanguage) && userLanguage !== i18n.language) changeUiLanguage(userLanguage);
  }, [userLanguage, saveLanguage]);
  return null;
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <Notifications position="top-right" limit={3} />
          <SessionLanguage />
          {children}
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
