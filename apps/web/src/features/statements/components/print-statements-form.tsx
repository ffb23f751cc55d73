import type { Action, GroupContract, StatementPrint } from '@groupdesk/contracts';
import { Alert, Button, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatCount } from '@/lib/format';
import { localizeValidationMessage } from '@/lib/validation-messages';
import { usePrintStatements } from '../api/print-statements';
import { defaultPrintYear, printResolver, printYears } from '../utils/print-form';
import type { PrintFormValues } from '../utils/print-form';

export interface PrintStatementsFormProps {
  employerId: string;
  /** the employer's contracts; undefined while they load or when they could not be loaded */
  contracts: GroupContract[] | undefined;
  /** the affiliates chosen in the list, if any: offered as a third choice */
  selectedAffiliateIds?: readonly string[];
  onCancel: () => void;
  /** the server took the print: its action is queued */
  onPrinted: (action: Action) => void;
}

/** The year and whose statements: everyone's, one contract's or the selected affiliates'. */
export function PrintStatementsForm({
  employerId,
  contracts,
  selectedAffiliateIds = [],
  onCancel,
  onPrinted,
}: PrintStatementsFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const print = usePrintStatements();
  const hasSelection = selectedAffiliateIds.length > 0;
  const form = useForm<PrintFormValues, unknown, StatementPrint>({
    resolver: printResolver(selectedAffiliateIds),
    defaultValues: { year: defaultPrintYear(), scope: hasSelection ? 'selection' : 'all', contractId: '' },
  });
  const { errors } = form.formState;
  const scope = useWatch({ control: form.control, name: 'scope' });

  const onSubmit = form.handleSubmit((body) =>
    print.mutate({ employerId, body }, { onSuccess: ({ action }) => onPrinted(action) }),
  );

  const failure = print.error;
  const failureText = !failure
    ? null
    : isApiError(failure, 409)
      ? t('statements.print.noStatements', { year: form.getValues('year') })
      : isApiError(failure) && failure.isNetworkError
        ? t('errors.network')
        : isApiError(failure, 403)
          ? t('errors.forbidden')
          : t('errors.unexpected');

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('statements.print.intro')}
        </Text>
        <NativeSelect
          label={t('statements.print.year')}
          data={printYears().map(String)}
          error={localizeValidationMessage(errors.year?.message, language)}
          {...form.register('year')}
        />
        <Controller
          control={form.control}
          name="scope"
          render={({ field }) => (
            <Radio.Group label={t('statements.print.scope')} {...field}>
              <Stack gap="xs" mt={4}>
                <Radio value="all" label={t('statements.print.scopes.all')} />
                <Radio value="contract" label={t('statements.print.scopes.contract')} />
                {hasSelection && (
                  <Radio
                    value="selection"
                    label={t('statements.print.scopes.selection', {
                      count: selectedAffiliateIds.length,
                      value: formatCount(selectedAffiliateIds.length, language),
                    })}
                  />
                )}
              </Stack>
            </Radio.Group>
          )}
        />
        {scope === 'contract' && (
          <NativeSelect
            label={t('statements.print.contract')}
            data={[
              { value: '', label: t('statements.print.contractPlaceholder') },
              ...(contracts ?? []).map((contract) => ({
                value: contract.id,
                label: `${contract.number} — ${contract.name}`,
              })),
            ]}
            disabled={contracts === undefined}
            error={localizeValidationMessage(errors.contractId?.message, language)}
            {...form.register('contractId')}
          />
        )}
        {failureText && !print.isPending && (
          <Alert
            color={isApiError(failure, 409) ? 'yellow' : 'red'}
            icon={<IconAlertCircle aria-hidden />}
            title={t('statements.print.failedTitle')}
            role="alert"
          >
            {failureText}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={print.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={print.isPending}>
            {t('statements.print.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
