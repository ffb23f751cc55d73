import type { AffiliateDetail } from '@groupdesk/contracts';
import { Group, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

type Visibility = AffiliateDetail['contracts'][number]['portalVisibility'];

/** Whether the employee sees this contract on the portal, as one plain sentence. */
export function PortalVisibility({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();

  const [text, color, Icon] = (() => {
    switch (visibility.state) {
      case 'visible':
        return [t('affiliate.visibility.visible'), 'teal.8', IconEye] as const;
      case 'visible-from':
        return [
          t('affiliate.visibility.visibleFrom', { date: formatDate(visibility.from) }),
          'blue.8',
          IconHourglass,
        ] as const;
      case 'visible-until':
        return [
          t('affiliate.visibility.visibleUntil', { date: formatDate(visibility.until) }),
          'yellow.9',
          IconHourglass,
        ] as const;
      case 'hidden':
        return [
          visibility.reason === 'no-national-number'
            ? t('affiliate.visibility.hiddenNoNationalNumber')
            : t('affiliate.visibility.hiddenTerminated'),
          visibility.reason === 'no-national-number' ? 'orange.9' : 'gray.7',
          IconEyeOff,
        ] as const;
    }
  })();

  return (
    <Group gap={6} wrap="nowrap" c={color}>
      <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" fw={500} c="inherit">
        {text}
      </Text>
    </Group>
  );
}
