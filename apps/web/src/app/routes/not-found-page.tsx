import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { Brand } from '@/components/ui/brand';
import { NotFound } from '@/components/ui/not-found';
import { usePageTitle } from '@/hooks/use-page-title';

/** A standalone page around a message: for 404s and errors outside the app shell. */
export function BarePage({ children }: { children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" px="lg" py="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Container component="main" size="sm" pt="8vh">
        {children}
      </Container>
    </Box>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFoundTitle'));
  return (
    <BarePage>
      <NotFound />
    </BarePage>
  );
}

export function NotFoundInShell() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFoundTitle'));
  return <NotFound />;
}
