import { notificationAddressBodySchema } from '@groupdesk/contracts';
import type { NotificationAddressBody, NotificationAddressInput } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useNotificationAddress } from '../api/get-notification-address';
import { useUpdateNotificationAddress } from '../api/update-notification-address';

const resolver = zodResolver(notificationAddressBodySchema, { error: messageKeyErrorMap });

function AddressForm({ employerId, current }: { employerId: string; current: string | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const update = useUpdateNotificationAddress();
  const form = useForm<NotificationAddressInput, unknown, NotificationAddressBody>({
    resolver,
    defaultValues: { notificationEmail: current ?? '' },
  });
  const onSubmit = form.handleSubmit((body) =>
    update.mutate(
      { employerId, body },
      {
        onSuccess: (saved) => {
          form.reset({ notificationEmail: saved.notificationEmail ?? '' });
          notifications.show({ color: 'teal', message: t('users.notificationAddress.saved') });
        },
        onError: (error) => {
          if (isApiError(error, 400)) applyServerFieldErrors(error, ['notificationEmail'], form.setError);
          else notifications.show({ color: 'red', message: t('errors.unexpected') });
        },
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('users.notificationAddress.label')}
          placeholder="hr-team@company.be"
          type="email"
          w={340}
          error={localizeValidationMessage(form.formState.errors.notificationEmail?.message, language)}
          {...form.register('notificationEmail')}
        />
        <Button type="submit" mt={25} loading={update.isPending} disabled={!form.formState.isDirty}>
          {t('users.notificationAddress.save')}
        </Button>
      </Group>
    </form>
  );
}

/** The address of the extranet agreement: news for the whole organisation, best a distribution list. */
export function NotificationAddressCard({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const address = useNotificationAddress(employerId);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="notification-address-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="notification-address-title">
          {t('users.notificationAddress.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('users.notificationAddress.intro')}
        </Text>
        {address.isPending && <Skeleton h={36} w={340} />}
        {address.isError && (
          <QueryError
            error={address.error}
            title={t('users.notificationAddress.loadFailed')}
            onRetry={() => void address.refetch()}
          />
        )}
        {address.data && <AddressForm employerId={employerId} current={address.data.notificationEmail} />}
      </Stack>
    </Paper>
  );
}
