import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';

interface QueryErrorProps {
  error: unknown;
  /** what could not be done, e.g. "The affiliates could not be loaded." */
  title: string;
  onRetry?: () => void;
}

/** A failed load: says whether the network or the server is at fault and offers to retry. */
export function QueryError({ error, title, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const network = isApiError(error) && error.isNetworkError;
  const detail = network
    ? t('errors.network')
    : isApiError(error, 403)
      ? t('errors.forbidden')
      : t('errors.unexpected');

  return (
    <Alert
      color={network ? 'yellow' : 'red'}
      icon={network ? <IconWifiOff aria-hidden /> : <IconAlertTriangle aria-hidden />}
      title={title}
      role="alert"
    >
      <Group justify="space-between" wrap="nowrap" align="center">
        <Text size="sm">{detail}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="dark" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
