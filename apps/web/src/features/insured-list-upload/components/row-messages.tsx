import { formatUploadRowMessage, uploadRowMessageLevel } from '@groupdesk/contracts';
import type { UploadRowMessage } from '@groupdesk/contracts';
import { Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconArrowsExchange, IconInfoCircle } from '@tabler/icons-react';
import { useUiLanguage } from '@/i18n';

const levels = {
  error: { color: 'red.8', icon: IconAlertCircle },
  conflict: { color: 'orange.8', icon: IconArrowsExchange },
  warning: { color: 'yellow.9', icon: IconAlertTriangle },
  info: { color: 'dimmed', icon: IconInfoCircle },
} as const;

/** A row's messages in the user's language, coloured by how much they matter. */
export function RowMessages({ messages }: { messages: UploadRowMessage[] }) {
  const language = useUiLanguage();
  if (messages.length === 0) return null;
  return (
    <Stack gap={4}>
      {messages.map((message, index) => {
        // a code this build does not know yet is shown plainly rather than breaking the table
        const level = levels[uploadRowMessageLevel[message.code]] ?? levels.info;
        const LevelIcon = level.icon;
        return (
          <Group key={`${message.code}-${index}`} gap={6} wrap="nowrap" align="flex-start">
            <LevelIcon
              size={16}
              aria-hidden
              color={`var(--mantine-color-${level.color.replace('.', '-')})`}
            />
            <Text fz="sm" c={level.color} style={{ flex: 1 }}>
              {formatUploadRowMessage(message, language)}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
