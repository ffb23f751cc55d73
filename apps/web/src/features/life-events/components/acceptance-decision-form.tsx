import { acceptanceDecisionBodySchema } from '@groupdesk/contracts';
import type { AcceptanceDecisionBody, AffiliateDetail } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MedicalFormalityBadge } from '@/components/ui/medical-formality-badge';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { dayOrText } from '@/lib/day';
import {
  applyServerFieldErrors,
  localizeValidationMessage,
  messageKeyErrorMap,
} from '@/lib/validation-messages';
import { useDecideAcceptance } from '../api/decide-acceptance';

const schemaResolver = zodResolver(acceptanceDecisionBodySchema, { error: messageKeyErrorMap });
// the day is typed dd/mm/yyyy and the decision starts unchosen; the API's schema checks what they become
const decisionResolver: Resolver<AcceptanceDecisionBody> = (values, context, options) =>
  schemaResolver(
    {
      decision: (values.decision as string) === '' ? undefined : values.decision,
      decidedOn: dayOrText(values.decidedOn) as string,
    } as AcceptanceDecisionBody,
    context,
    options,
  );

interface AcceptanceDecisionFormProps {
  employerId: string;
  affiliateId: string;
  contract: AffiliateDetail['contracts'][number];
  onSaved: () => void;
  onCancel: () => void;
}

/** The insurer's answer to the formality of one contract: accepted, or refused (cover up to the limit). */
export function AcceptanceDecisionForm({
  employerId,
  affiliateId,
  contract,
  onSaved,
  onCancel,
}: AcceptanceDecisionFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const decide = useDecideAcceptance();
  const form = useForm<AcceptanceDecisionBody>({
    resolver: decisionResolver,
    defaultValues: { decision: '' as AcceptanceDecisionBody['decision'], decidedOn: '' },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await decide.mutateAsync({ employerId, affiliateId, affiliationId: contract.id, body });
      onSaved();
    } catch (error) {
      if (isApiError(error, 400)) applyServerFieldErrors(error, ['decision', 'decidedOn'], form.setError);
    }
  });
  const failure = decide.error;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm">{t('lifeEvents.acceptance.intro', { number: contract.number })}</Text>
          {contract.medicalAcceptance && (
            <MedicalFormalityBadge formality={contract.medicalAcceptance.formality} />
          )}
        </Group>
        <Controller
          control={form.control}
          name="decision"
          render={({ field }) => (
            <Radio.Group
              label={t('lifeEvents.acceptance.decision')}
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={localizeValidationMessage(errors.decision?.message, language)}
            >
              <Stack gap="xs" mt={6}>
                <Radio value="accepted" label={t('lifeEvents.acceptance.accepted')} />
                <Radio
                  value="refused"
                  label={t('lifeEvents.acceptance.refused')}
                  description={t('lifeEvents.acceptance.refusedHint')}
                />
              </Stack>
            </Radio.Group>
          )}
        />
        <TextInput
          label={t('lifeEvents.acceptance.decidedOn')}
          placeholder={t('lifeEvents.dayPlaceholder')}
          withAsterisk
          autoComplete="off"
          error={localizeValidationMessage(errors.decidedOn?.message, language)}
          {...form.register('decidedOn')}
        />
        {failure && !decide.isPending && !isApiError(failure, 400) && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {isApiError(failure, 409) ? t('lifeEvents.acceptance.notPending') : t('errors.unexpected')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={decide.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending}>
            {t('lifeEvents.acceptance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
