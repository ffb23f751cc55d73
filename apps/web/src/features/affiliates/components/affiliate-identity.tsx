import type { AffiliateDetail } from '@groupdesk/contracts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localToday } from '@/lib/day';
import { formatDate, formatDateTime } from '@/lib/format';
import { DataItem, DataList } from './data-list';
import { EmploymentBadge, MissingBadge, NationalNumber, PortalBadge } from './status-badges';

/** Who the affiliate is, as the employer may see it: never a private address, only whether one is known. */
export function AffiliateIdentity({ affiliate }: { affiliate: AffiliateDetail }) {
  const { t } = useTranslation();

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="md">
        {t('affiliate.identity.title')}
      </Title>
      <DataList>
        <DataItem term={t('affiliate.identity.nationalNumber')}>
          <Stack gap={2}>
            <NationalNumber value={affiliate.nationalNumber} kind={affiliate.nationalNumberKind} />
            {affiliate.nationalNumberKind && (
              <Text size="xs" c="dimmed">
                {t(`status.nationalNumber.${affiliate.nationalNumberKind}`)}
              </Text>
            )}
          </Stack>
        </DataItem>
        <DataItem term={t('affiliate.identity.birthDate')}>
          {affiliate.birthDate ? formatDate(affiliate.birthDate) : t('common.unknown')}
        </DataItem>
        <DataItem term={t('affiliate.identity.sex')}>
          {affiliate.sex ? t(`sex.${affiliate.sex}`) : t('common.unknown')}
        </DataItem>
        <DataItem term={t('affiliate.identity.language')}>{t(`languages.${affiliate.language}`)}</DataItem>
        <DataItem term={t('affiliate.identity.employmentStatus')}>
          <Group gap="xs">
            <EmploymentBadge status={affiliate.employmentStatus} />
            {affiliate.leftOn && (
              <Text size="sm" c="dimmed">
                {t(
                  affiliate.leftOn > localToday()
                    ? 'affiliate.identity.leavesOn'
                    : 'affiliate.identity.leftOn',
                  {
                    date: formatDate(affiliate.leftOn),
                  },
                )}
              </Text>
            )}
          </Group>
        </DataItem>
        <DataItem term={t('affiliate.identity.professionalEmail')}>
          {affiliate.professionalEmail ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {affiliate.professionalEmail}
            </Text>
          ) : (
            <MissingBadge label={t('status.email.missing')} />
          )}
        </DataItem>
        <DataItem term={t('affiliate.identity.portal')}>
          <PortalBadge registered={affiliate.portalRegistered} />
        </DataItem>
        <DataItem term={t('affiliate.identity.privateEmail')}>
          {affiliate.privateEmailKnown
            ? t('affiliate.identity.privateEmailKnown')
            : t('affiliate.identity.privateEmailUnknown')}
        </DataItem>
        <DataItem term={t('affiliate.identity.updatedAt')}>{formatDateTime(affiliate.updatedAt)}</DataItem>
      </DataList>
    </Paper>
  );
}
