import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { changeUiLanguage, i18n, isUiLanguage } from '@/i18n';
import { useSession } from '@/lib/session';
import { theme } from './theme';

/** The logged-in user's saved language wins over this browser's, once the session is known. */
function SessionLanguage() {
  const userLanguage = useSession().data?.user.language;
  useEffect(() => {
    if (isUiLanguage(userLanguage) && userLanguage !== i18n.language) changeUiLanguage(userLanguage);
  }, [userLanguage]);
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
