import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown this once: each lets the user in once without the phone. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" icon={<IconKey aria-hidden />} title={t('account.twoFactor.enabledTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('account.twoFactor.recoveryIntro')}</Text>
        <SimpleGrid cols={2} spacing={4} maw={320} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {codes.map((code) => (
            <Text component="li" key={code} ff="monospace" size="sm">
              {code}
            </Text>
          ))}
        </SimpleGrid>
        <Button variant="white" color="dark" w="fit-content" onClick={onDone}>
          {t('account.twoFactor.recoverySaved')}
        </Button>
      </Stack>
    </Alert>
  );
}
