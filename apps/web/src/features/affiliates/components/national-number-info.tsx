import type { AffiliateDetail } from '@groupdesk/contracts';
import { Alert, List, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { DataItem, DataList } from './data-list';

/** What the national/BIS number itself encodes, and where it contradicts the recorded birth date or sex. */
export function NationalNumberInfo({ affiliate }: { affiliate: AffiliateDetail }) {
  const { t } = useTranslation();
  const info = affiliate.nationalNumberInfo;

  if (info === null) {
    return (
      <Alert color="orange" icon={<IconEyeOff aria-hidden />} title={t('status.nationalNumber.missing')}>
        {t('affiliate.numberInfo.none')}
      </Alert>
    );
  }

  const recordedSex = affiliate.sex ? t(`sex.${affiliate.sex}`) : t('common.unknown');
  const numberSex = info.sex ? t(`sex.${info.sex}`) : t('affiliate.numberInfo.notInNumber');

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="md">
        {t('affiliate.numberInfo.title')}
      </Title>
      {info.inconsistencies.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('affiliate.numberInfo.inconsistentTitle')}
          mb="md"
        >
          <List size="sm" spacing={4}>
            {info.inconsistencies.includes('birthDate') && (
              <List.Item>
                {t('affiliate.numberInfo.birthDateMismatch', {
                  fromNumber: info.birthDate
                    ? formatDate(info.birthDate)
                    : t('affiliate.numberInfo.notInNumber'),
                  recorded: affiliate.birthDate ? formatDate(affiliate.birthDate) : t('common.unknown'),
                })}
              </List.Item>
            )}
            {info.inconsistencies.includes('sex') && (
              <List.Item>
                {t('affiliate.numberInfo.sexMismatch', { fromNumber: numberSex, recorded: recordedSex })}
              </List.Item>
            )}
          </List>
          <Text size="sm" mt="xs">
            {t('affiliate.numberInfo.inconsistentHint')}
          </Text>
        </Alert>
      )}
      <DataList>
        <DataItem term={t('affiliate.numberInfo.kind')}>{t(`status.nationalNumber.${info.kind}`)}</DataItem>
        <DataItem term={t('affiliate.numberInfo.birthDate')}>
          {info.birthDate ? formatDate(info.birthDate) : t('affiliate.numberInfo.notInNumber')}
        </DataItem>
        <DataItem term={t('affiliate.numberInfo.sex')}>{numberSex}</DataItem>
        <DataItem term={t('affiliate.numberInfo.since')}>
          {affiliate.nationalNumberSince
            ? formatDate(affiliate.nationalNumberSince)
            : t('common.notAvailable')}
        </DataItem>
      </DataList>
    </Paper>
  );
}
