import type { AffiliateDetail, AffiliateEventInput, GroupContract } from '@groupdesk/contracts';
import { mutationDate } from '@groupdesk/domain';
import type { MutationEventKind } from '@groupdesk/domain';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { parseDay } from '@/lib/day';
import { formatDate } from '@/lib/format';
import { applyServerFieldErrors, localizeValidationMessage } from '@/lib/validation-messages';
import { useRecordEvent } from '../api/record-event';
import {
  type ChangeFormValues,
  changeBodyOf,
  changeResolver,
  kindsWithGuarantees,
} from '../utils/change-form';
import { ChangeValueField } from './change-value-field';
import { GuaranteeChangeFields } from './guarantee-change-fields';

interface ChangeFormProps {
  employerId: string;
  affiliate: AffiliateDetail;
  /** an open suspension: the form offers its end rather than another one */
  suspended: boolean;
  groupContracts: GroupContract[] | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

const fields = ['kind', 'eventDate', 'occupancyRate', 'familySituation', 'category', 'reason'] as const;

/** A change on its event date; the mutation date it takes effect on shows as the date is typed. */
export function ChangeForm({
  employerId,
  affiliate,
  suspended,
  groupContracts,
  onSaved,
  onCancel,
}: ChangeFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const record = useRecordEvent();
  const active = affiliate.contracts.filter((contract) => contract.status === 'active');
  const form = useForm<ChangeFormValues, unknown, AffiliateEventInput>({
    resolver: changeResolver,
    defaultValues: {
      kind: 'occupancy-rate',
      guarantees: active.map((contract) => ({
        contractId: contract.contractId,
        deathCapital: '',
        disabilityAnnuity: '',
      })),
    },
  });
  const { errors } = form.formState;
  const errorOf = (field: (typeof fields)[number]) =>
    localizeValidationMessage(errors[field]?.message, language);
  const [kind, eventDate] = useWatch({ control: form.control, name: ['kind', 'eventDate'] });
  const day = parseDay(eventDate ?? '');
  const kinds: MutationEventKind[] = [
    'occupancy-rate',
    'family-situation',
    'category',
    suspended ? 'suspension-end' : 'suspension',
  ];

  const onSubmit = form.handleSubmit(async () => {
    try {
      await record.mutateAsync({
        employerId,
        affiliateId: affiliate.id,
        body: changeBodyOf(form.getValues()),
      });
      onSaved();
    } catch (error) {
      if (isApiError(error, 400)) {
        const rows = active.flatMap((_contract, index) =>
          (['deathCapital', 'disabilityAnnuity', 'contractId'] as const).map(
            (field) => `guarantees.${index}.${field}` as const,
          ),
        );
        applyServerFieldErrors(error, [...fields, ...rows], form.setError);
      }
    }
  });

  const failure = record.error;
  const failureText = !failure
    ? null
    : isApiError(failure, 409)
      ? t(`lifeEvents.conflicts.${failure.code}` as never, { defaultValue: failure.message })
      : isApiError(failure, 400)
        ? t('lifeEvents.change.invalid')
        : isApiError(failure, 403)
          ? t('errors.forbidden')
          : t('errors.unexpected');

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <NativeSelect
          label={t('lifeEvents.change.kind')}
          data={kinds.map((value) => ({ value, label: t(`lifeEvents.kinds.${value}`) }))}
          error={errorOf('kind')}
          {...form.register('kind')}
        />
        <TextInput
          label={t('lifeEvents.change.eventDate')}
          placeholder={t('lifeEvents.dayPlaceholder')}
          description={
            day
              ? t('lifeEvents.change.mutationDate', { date: formatDate(mutationDate(day)) })
              : t('lifeEvents.change.mutationHint')
          }
          withAsterisk
          autoComplete="off"
          error={errorOf('eventDate')}
          {...form.register('eventDate')}
        />
        <ChangeValueField form={form} kind={kind} affiliate={affiliate} />
        {kindsWithGuarantees.includes(kind) && active.length > 0 && (
          <GuaranteeChangeFields form={form} kind={kind} contracts={active} groupContracts={groupContracts} />
        )}
        {failureText && !record.isPending && (
          <Alert
            color={isApiError(failure, 409) ? 'yellow' : 'red'}
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
          >
            {failureText}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('lifeEvents.change.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
