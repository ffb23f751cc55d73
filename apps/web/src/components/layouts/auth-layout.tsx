import { Box, Center, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../language-switch';
import { Brand } from '../ui/brand';
import classes from './layouts.module.css';

/** Pages outside the app: the brand and the language switch above a centred card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <Box className={classes.authBackground}>
      <Group component="header" justify="space-between" px="lg" py="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" pt="6vh" pb="xl">
        <Paper w="100%" maw={420} p="xl" radius="lg" shadow="md" withBorder>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
