import type { AffiliateDetail } from '@groupdesk/contracts';
import { formatNationalNumber } from '@groupdesk/domain';
import { Badge, Group, Text } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type BadgeSize = MantineSize;
type EmploymentStatus = AffiliateDetail['employmentStatus'];
type ContractStatus = AffiliateDetail['contracts'][number]['status'];
type NationalNumberKind = NonNullable<AffiliateDetail['nationalNumberKind']>;

const contractColors: Record<ContractStatus, string> = {
  active: 'teal',
  passive: 'yellow',
  terminated: 'gray',
};

export function EmploymentBadge({ status, size = 'md' }: { status: EmploymentStatus; size?: BadgeSize }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      color={status === 'in-service' ? 'brand' : 'gray'}
      variant={status === 'in-service' ? 'light' : 'outline'}
    >
      {t(`status.employment.${status}`)}
    </Badge>
  );
}

export function ContractStatusBadge({
  status,
  number,
  size = 'md',
}: {
  status: ContractStatus;
  number?: string;
  size?: BadgeSize;
}) {
  const { t } = useTranslation();
  const label = t(`status.contract.${status}`);
  return (
    <Badge size={size} color={contractColors[status]} variant="light">
      {number === undefined ? label : `${number} · ${label}`}
    </Badge>
  );
}

export function PortalBadge({ registered, size = 'md' }: { registered: boolean; size?: BadgeSize }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} color={registered ? 'teal' : 'gray'} variant="light">
      {registered ? t('status.portal.registered') : t('status.portal.notRegistered')}
    </Badge>
  );
}

export function PrivateEmailBadge({ known, size = 'md' }: { known: boolean; size?: BadgeSize }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} color={known ? 'teal' : 'gray'} variant="light">
      {known ? t('status.privateEmail.known') : t('status.privateEmail.unknown')}
    </Badge>
  );
}

/** A badge that cannot be missed: data the portal needs is absent. */
export function MissingBadge({ label, size = 'md' }: { label?: string; size?: BadgeSize }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      color="orange"
      variant="light"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
    >
      {label ?? t('common.missing')}
    </Badge>
  );
}

/** YY.MM.DD-SSS.CC with a BIS badge for BIS numbers, or a "missing" badge. */
export function NationalNumber({ value, kind }: { value: string | null; kind: NationalNumberKind | null }) {
  const { t } = useTranslation();
  if (value === null) return <MissingBadge size="sm" label={t('status.nationalNumber.missing')} />;
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
