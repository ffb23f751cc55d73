import type { EmployerUser, UpdateUserAccessBody } from '@groupdesk/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { generalFailureKey, isApiError } from '@/lib/api-client';
import { applyServerFieldErrors, localizeValidationMessage } from '@/lib/validation-messages';
import { useContracts } from '@/lib/contracts';
import { useUpdateUserAccess } from '../api/update-user-access';
import { type AccessValues, accessValuesOf, validateAccessChanges } from '../utils/access-form';
import { scopeRefusalKey } from '../utils/scope-refusal';
import { AccessFields, accessFieldBindings } from './access-fields';

const fields = ['role', 'profile', 'contractIds', 'endDate'] as const;

interface EditAccessModalProps {
  employerId: string;
  user: EmployerUser;
  onClose: () => void;
  /** false for a Master User limited to some contracts */
  mayGrantAll: boolean;
}

/** A new user form for someone who has access: only what changed is sent. */
export function EditAccessModal({ employerId, user, onClose, mayGrantAll }: EditAccessModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const update = useUpdateUserAccess();
  const contracts = useContracts(employerId);
  const initial = accessValuesOf(user);
  const form = useForm<AccessValues, unknown, UpdateUserAccessBody>({
    resolver: validateAccessChanges(initial),
    defaultValues: initial,
  });
  const values = useWatch({ control: form.control }) as AccessValues;
  const { errors } = form.formState;
  const errorText = (field: (typeof fields)[number]) =>
    localizeValidationMessage(errors[field]?.message, language);

  const onSubmit = form.handleSubmit((body) => {
    if (Object.keys(body).length === 0) {
      notifications.show({ color: 'gray', message: t('users.edit.noChanges') });
      return;
    }
    update.mutate(
      { employerId, userId: user.id, body },
      {
        onSuccess: () => {
          onClose();
          notifications.show({ color: 'teal', message: t('users.edit.saved', { name: user.name }) });
        },
        onError: (error) => {
          if (isApiError(error, 400)) applyServerFieldErrors(error, fields, form.setError);
        },
      },
    );
  });

  const failure = update.error;
  const refusal = scopeRefusalKey(failure);
  const failureText = !failure
    ? null
    : refusal
      ? t(refusal)
      : isApiError(failure, 409)
        ? t(failure.code === 'last_master' ? 'users.lastMaster' : 'users.edit.revoked')
        : isApiError(failure, 400)
          ? null
          : t(generalFailureKey(failure));

  return (
    <Modal opened onClose={onClose} title={t('users.edit.title', { name: user.name })} size="lg" centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {user.email}
          </Text>
          {failureText && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {failureText}
            </Alert>
          )}
          <AccessFields
            values={values}
            contracts={contracts.data?.items}
            mayGrantAll={mayGrantAll}
            {...accessFieldBindings(errorText, (field, value) => {
              form.setValue(field, value, { shouldDirty: true });
              form.clearErrors(field);
            })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={update.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('users.edit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
