import type { AffiliateDetail, Incapacity, IncapacityBody } from '@groupdesk/contracts';
import { type IncapacityCause, incapacityCauses } from '@groupdesk/domain';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { localToday, parseDay } from '@/lib/day';
import { applyServerFieldErrors, localizeValidationMessage } from '@/lib/validation-messages';
import { useDeclareIncapacity } from '../api/declare-incapacity';
import { type DeclareFormValues, declareResolver } from '../utils/declare-form';
import { outlookOf } from '../utils/outlook';
import { IncapacityOutlook } from './incapacity-outlook';

const fields = ['firstDay', 'cause', 'doctorAssessedOn'] as const;

interface DeclareIncapacityFormProps {
  employerId: string;
  affiliate: AffiliateDetail;
  onSaved: (incapacity: Incapacity) => void;
  onCancel: () => void;
}

/** The declaration of an incapacity; what follows from it shows while it is typed, lateness included. */
export function DeclareIncapacityForm({
  employerId,
  affiliate,
  onSaved,
  onCancel,
}: DeclareIncapacityFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const declare = useDeclareIncapacity();
  const form = useForm<DeclareFormValues, unknown, IncapacityBody>({
    resolver: declareResolver(affiliate.id),
    defaultValues: { firstDay: '', cause: '', doctorAssessedOn: '' },
  });
  const errorOf = (field: (typeof fields)[number]) =>
    localizeValidationMessage(form.formState.errors[field]?.message, language);
  const [firstDay, cause, doctorAssessedOn] = useWatch({
    control: form.control,
    name: ['firstDay', 'cause', 'doctorAssessedOn'],
  });
  const outlook = outlookOf(
    {
      firstDay: parseDay(firstDay ?? ''),
      cause: (incapacityCauses as readonly string[]).includes(cause ?? '')
        ? (cause as IncapacityCause)
        : null,
      doctorAssessedOn: parseDay(doctorAssessedOn ?? ''),
    },
    affiliate.contracts,
    localToday(),
  );

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      onSaved(await declare.mutateAsync({ employerId, body }));
    } catch (error) {
      if (isApiError(error, 400)) applyServerFieldErrors(error, fields, form.setError);
    }
  });
  const failure = declare.error;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('incapacities.declare.firstDay')}
          placeholder={t('incapacities.dayPlaceholder')}
          withAsterisk
          autoComplete="off"
          error={errorOf('firstDay')}
          {...form.register('firstDay')}
        />
        <NativeSelect
          label={t('incapacities.declare.cause')}
          withAsterisk
          data={[
            { value: '', label: t('incapacities.declare.choose') },
            ...incapacityCauses.map((value) => ({ value, label: t(`incapacities.causes.${value}`) })),
          ]}
          error={errorOf('cause')}
          {...form.register('cause')}
        />
        <TextInput
          label={t('incapacities.declare.doctorAssessedOn')}
          description={t('incapacities.declare.doctorAssessedOnHint')}
          placeholder={t('incapacities.dayPlaceholder')}
          autoComplete="off"
          error={errorOf('doctorAssessedOn')}
          {...form.register('doctorAssessedOn')}
        />
        {outlook && (
          <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)" aria-live="polite">
            <Text size="sm" fw={600} mb="xs">
              {t('incapacities.declare.outlook')}
            </Text>
            <IncapacityOutlook outlook={outlook} />
          </Paper>
        )}
        {failure && !declare.isPending && !isApiError(failure, 400) && (
          <Alert
            color={isApiError(failure, 409) ? 'yellow' : 'red'}
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
          >
            {isApiError(failure, 409)
              ? t(`incapacities.conflicts.${failure.code}` as never, { defaultValue: failure.message })
              : isApiError(failure, 403)
                ? t('errors.forbidden')
                : t('errors.unexpected')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={declare.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={declare.isPending}>
            {t('incapacities.declare.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
