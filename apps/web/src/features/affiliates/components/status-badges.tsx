import type { AffiliateDetail } from '@groupdesk/contracts';
import { formatNationalNumber } from '@groupdesk/domain';
import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type EmploymentStatus = AffiliateDetail['employmentStatus'];
type ContractStatus = AffiliateDetail['contracts'][number]['status'];
type NationalNumberKind = NonNullable<AffiliateDetail['nationalNumberKind']>;

const contractColors: Record<ContractStatus, string> = {
  active: 'teal',
  passive: 'yellow',
  terminated: 'gray',
};

export function EmploymentBadge({ status }: { status: EmploymentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'in-service' ? 'brand' : 'gray'}
      variant={status === 'in-service' ? 'light' : 'outline'}
    >
      {t(`status.employment.${status}`)}
    </Badge>
  );
}

export function ContractStatusBadge({ status, number }: { status: ContractStatus; number?: string }) {
  const { t } = useTranslation();
  const label = t(`status.contract.${status}`);
  return (
    <Badge
      color={contractColors[status]}
      variant="light"
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
    >
      {number === undefined ? label : `${number} · ${label}`}
    </Badge>
  );
}

export function PortalBadge({ registered }: { registered: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={registered ? 'teal' : 'gray'} variant={registered ? 'light' : 'outline'}>
      {registered ? t('status.portal.registered') : t('status.portal.notRegistered')}
    </Badge>
  );
}

export function PrivateEmailBadge({ known }: { known: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={known ? 'teal' : 'gray'} variant={known ? 'light' : 'outline'}>
      {known ? t('status.privateEmail.known') : t('status.privateEmail.unknown')}
    </Badge>
  );
}

/** A badge that cannot be missed: data the portal needs is absent. */
export function MissingBadge({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {label ?? t('common.missing')}
    </Badge>
  );
}

/** YY.MM.DD-SSS.CC with a BIS badge for BIS numbers, or a "missing" badge. */
export function NationalNumber({ value, kind }: { value: string | null; kind: NationalNumberKind | null }) {
  const { t } = useTranslation();
  if (value === null) return <MissingBadge label={t('status.nationalNumber.missing')} />;
  return (
    <Group gap={6} wrap="nowrap">
      <Text component="span" ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatNationalNumber(value)}
      </Text>
      {kind === 'bis' && (
        <Badge size="xs" color="violet" variant="light" title={t('status.nationalNumber.bis')}>
          {t('status.nationalNumber.bisBadge')}
        </Badge>
      )}
    </Group>
  );
}
