import type { GroupContract } from '@groupdesk/contracts';
import { Checkbox, Group, Radio, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessValues } from '../utils/access-form';

interface AccessFieldsProps {
  values: AccessValues;
  onChange: (patch: Partial<AccessValues>) => void;
  /** messages already in the user's language, by field */
  errors: Partial<Record<keyof AccessValues, string>>;
  /** the employer's contracts in the Master User's scope; undefined while they load */
  contracts: GroupContract[] | undefined;
  /** false for a Master User limited to some contracts: they grant chosen contracts of theirs only */
  mayGrantAll: boolean;
}

const accessKeys = ['role', 'profile', 'contractIds', 'endDate'] as const;

/**
 * The fields' errors and changes, wired to a form that holds the access values among others (the invitation
 * and the change of access): `update` sets one value, dirty, and clears its error.
 */
export function accessFieldBindings(
  errorText: (field: keyof AccessValues) => string | undefined,
  update: (field: keyof AccessValues, value: AccessValues[keyof AccessValues]) => void,
): Pick<AccessFieldsProps, 'errors' | 'onChange'> {
  return {
    errors: Object.fromEntries(accessKeys.map((field) => [field, errorText(field)])),
    onChange: (patch) => {
      for (const field of accessKeys) if (field in patch) update(field, patch[field]!);
    },
  };
}

/**
 * What the user form of the seeds asks for: the profile (consultation, or consultation and registration),
 * the contracts (all, or chosen ones) and, for someone external on a mission, the last day of access.
 */
export function AccessFields({ values, onChange, errors, contracts, mayGrantAll }: AccessFieldsProps) {
  const { t } = useTranslation();
  const chosen = values.contractIds !== null;

  return (
    <Stack gap="md">
      <Radio.Group
        label={t('users.form.role')}
        value={values.role}
        onChange={(role) => onChange({ role: role as AccessValues['role'] })}
        error={errors.role}
      >
        <Group gap="lg" mt={6}>
          <Radio value="hr" label={t('users.roles.hr')} />
          <Radio value="master" label={t('users.roles.master')} />
        </Group>
      </Radio.Group>
      {values.role === 'master' ? (
        <Text size="sm" c="dimmed" mt={-8}>
          {t('users.form.masterHint')}
        </Text>
      ) : (
        <Radio.Group
          label={t('users.form.profile')}
          value={values.profile}
          onChange={(profile) => onChange({ profile: profile as AccessValues['profile'] })}
          error={errors.profile}
        >
          <Stack gap={6} mt={6}>
            <Radio value="read" label={t('users.profiles.read')} description={t('users.profiles.readHint')} />
            <Radio
              value="write"
              label={t('users.profiles.write')}
              description={t('users.profiles.writeHint')}
            />
          </Stack>
        </Radio.Group>
      )}
      {mayGrantAll && (
        <Radio.Group
          label={t('users.form.scope')}
          value={chosen ? 'chosen' : 'all'}
          onChange={(scope) => onChange({ contractIds: scope === 'all' ? null : [] })}
        >
          <Group gap="lg" mt={6}>
            <Radio value="all" label={t('users.form.allContracts')} />
            <Radio value="chosen" label={t('users.form.chosenContracts')} />
          </Group>
        </Radio.Group>
      )}
      {chosen && (
        <Checkbox.Group
          label={t('users.form.contracts')}
          description={mayGrantAll ? undefined : t('users.scope.onlyYours')}
          value={values.contractIds ?? []}
          onChange={(contractIds) => onChange({ contractIds })}
          error={errors.contractIds}
          mt={mayGrantAll ? -8 : 0}
        >
          <Stack gap={6} mt={6}>
            {contracts === undefined ? (
              <Skeleton h={20} w="60%" />
            ) : (
              contracts.map((contract) => (
                <Checkbox
                  key={contract.id}
                  value={contract.id}
                  label={`${contract.number} — ${contract.name}`}
                />
              ))
            )}
          </Stack>
        </Checkbox.Group>
      )}
      <TextInput
        type="date"
        label={t('users.form.endDate')}
        description={t('users.form.endDateHint')}
        value={values.endDate ?? ''}
        onChange={(event) => onChange({ endDate: event.currentTarget.value || null })}
        error={errors.endDate}
        maw={220}
      />
    </Stack>
  );
}
