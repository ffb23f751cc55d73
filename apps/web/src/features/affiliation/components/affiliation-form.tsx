import type { AffiliateDetail, Affiliation, GroupContract } from '@groupdesk/contracts';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { applyServerFieldErrors } from '@/lib/validation-messages';
import { useCreateAffiliation } from '../api/create-affiliation';
import {
  type AffiliationFormValues,
  type ContractValues,
  affiliationResolver,
  bodyOf,
  emptyContract,
} from '../utils/affiliation-form';
import { ContractFields } from './contract-fields';
import { EmploymentFields } from './employment-fields';
import { IdentityFields } from './identity-fields';

const topFields = [
  'lastName',
  'firstName',
  'birthDate',
  'sex',
  'language',
  'nationalNumber',
  'professionalEmail',
  'category',
  'occupancyRate',
  'familySituation',
  'startDate',
  'contracts',
] as const;
const contractFields: Array<keyof ContractValues> = Object.keys(emptyContract()) as Array<
  keyof ContractValues
>;

interface AffiliationFormProps {
  employerId: string;
  /** the employer's contracts in the user's scope */
  contracts: GroupContract[];
  onSaved: (affiliate: AffiliateDetail) => void;
  onCancel: () => void;
}

/**
 * The affiliation form: identity, employment and the guarantees per contract, validated by the API's
 * schema; the medical formality of each contract shows while the amounts are typed.
 */
export function AffiliationForm({ employerId, contracts, onSaved, onCancel }: AffiliationFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const create = useCreateAffiliation();
  const form = useForm<AffiliationFormValues, unknown, Affiliation>({
    resolver: affiliationResolver(contracts),
    defaultValues: {
      language,
      sex: '',
      occupancyRate: '100',
      contracts: [emptyContract(contracts.length === 1 ? contracts[0]!.id : '')],
    },
  });
  const rows = useFieldArray({ control: form.control, name: 'contracts' });

  const onSubmit = form.handleSubmit(async () => {
    try {
      onSaved(await create.mutateAsync({ employerId, body: bodyOf(form.getValues()) }));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) {
        const paths: Array<FieldPath<AffiliationFormValues>> = [
          ...topFields,
          ...rows.fields.flatMap((_row, index) =>
            contractFields.map((field) => `contracts.${index}.${field}` as const),
          ),
        ];
        applyServerFieldErrors(error, paths, form.setError);
      }
    }
  });

  const failure = create.error;
  const failureText = !failure
    ? null
    : isApiError(failure, 403)
      ? t('affiliation.forbidden')
      : isApiError(failure) && failure.isNetworkError
        ? t('errors.network')
        : isApiError(failure) && (failure.status === 400 || failure.status === 409)
          ? t('affiliation.invalid')
          : t('errors.unexpected');

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="lg">
        <IdentityFields form={form} />
        <EmploymentFields form={form} />
        <Stack gap="sm" component="section" aria-labelledby="affiliation-contracts">
          <Title order={2} size="h4" id="affiliation-contracts">
            {t('affiliation.contracts.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('affiliation.contracts.intro')}
          </Text>
          {rows.fields.map((row, index) => (
            <ContractFields
              key={row.id}
              form={form}
              index={index}
              contracts={contracts}
              onRemove={rows.fields.length > 1 ? () => rows.remove(index) : undefined}
            />
          ))}
          {rows.fields.length < contracts.length && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => rows.append(emptyContract())}
              >
                {t('affiliation.contracts.add')}
              </Button>
            </Group>
          )}
        </Stack>
        {failureText && !create.isPending && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title={t('affiliation.failedTitle')}
            role="alert"
          >
            {failureText}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('affiliation.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
