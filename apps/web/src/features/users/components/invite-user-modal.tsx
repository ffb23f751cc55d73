import { inviteUserBodySchema } from '@groupdesk/contracts';
import type { InviteUserBody, InviteUserInput } from '@groupdesk/contracts';
import { uiLanguages } from '@groupdesk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { generalFailureKey, isApiError } from '@/lib/api-client';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useContracts } from '@/lib/contracts';
import { useInviteUser } from '../api/invite-user';
import { AccessFields, accessFieldBindings } from './access-fields';
import type { AccessValues } from '../utils/access-form';
import { scopeRefusalKey } from '../utils/scope-refusal';

const fields = ['email', 'name', 'language', 'role', 'profile', 'contractIds', 'endDate'] as const;
const resolver = zodResolver(inviteUserBodySchema, { error: messageKeyErrorMap });

interface InviteUserModalProps {
  employerId: string;
  opened: boolean;
  onClose: () => void;
  /** false for a Master User limited to some contracts */
  mayGrantAll: boolean;
}

/** The user form of the seeds: who, with which profile, on which contracts, until when. */
export function InviteUserModal({ employerId, opened, onClose, mayGrantAll }: InviteUserModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const invite = useInviteUser();
  const contracts = useContracts(employerId);
  const form = useForm<InviteUserInput, unknown, InviteUserBody>({
    resolver,
    defaultValues: {
      email: '',
      name: '',
      language,
      role: 'hr',
      profile: 'read',
      contractIds: mayGrantAll ? null : [],
      endDate: null,
    },
  });
  const { errors } = form.formState;
  const errorText = (field: (typeof fields)[number]) =>
    localizeValidationMessage(errors[field]?.message, language);
  const [role, profile, contractIds, endDate] = useWatch({
    control: form.control,
    name: ['role', 'profile', 'contractIds', 'endDate'],
  });
  const access: AccessValues = {
    role: role ?? 'hr',
    profile,
    contractIds: contractIds ?? null,
    endDate: endDate ?? null,
  };

  const close = () => {
    form.reset();
    invite.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((body) =>
    invite.mutate(
      { employerId, body },
      {
        onSuccess: ({ user }) => {
          close();
          notifications.show({
            color: 'teal',
            title: t('users.invite.doneTitle'),
            message: t(user.status === 'invited' ? 'users.invite.doneNew' : 'users.invite.doneExisting', {
              email: user.email,
            }),
          });
        },
        onError: (error) => {
          if (isApiError(error, 400)) applyServerFieldErrors(error, fields, form.setError);
        },
      },
    ),
  );

  const failure = invite.error;
  const refusal = scopeRefusalKey(failure);
  const failureText = !failure
    ? null
    : refusal
      ? t(refusal)
      : isApiError(failure, 409)
        ? t(failure.code === 'already_member' ? 'users.invite.alreadyMember' : 'users.invite.notEmployerUser')
        : isApiError(failure, 400)
          ? null
          : t(generalFailureKey(failure));

  return (
    <Modal opened={opened} onClose={close} title={t('users.invite.title')} size="lg" centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {failureText && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {failureText}
            </Alert>
          )}
          <TextInput
            label={t('users.form.email')}
            description={t('users.form.emailHint')}
            type="email"
            autoComplete="off"
            required
            data-autofocus
            error={errorText('email')}
            {...form.register('email')}
          />
          <TextInput
            label={t('users.form.name')}
            autoComplete="off"
            required
            error={errorText('name')}
            {...form.register('name')}
          />
          <NativeSelect
            label={t('users.form.language')}
            data={uiLanguages.map((value) => ({ value, label: t(`languages.${value}`) }))}
            error={errorText('language')}
            {...form.register('language')}
          />
          <AccessFields
            values={access}
            contracts={contracts.data?.items}
            mayGrantAll={mayGrantAll}
            {...accessFieldBindings(errorText, (field, value) => {
              form.setValue(field, value, { shouldDirty: true });
              form.clearErrors(field);
            })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={invite.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('users.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
