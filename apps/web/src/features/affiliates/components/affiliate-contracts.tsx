import type { AffiliateDetail } from '@groupdesk/contracts';
import { Badge, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/i18n';
import { formatDate, formatMoney } from '@/lib/format';
import { DataItem, DataList } from './data-list';
import { PortalVisibility } from './portal-visibility';
import { ContractStatusBadge } from './status-badges';

type AffiliateContract = AffiliateDetail['contracts'][number];

function ContractCard({ contract }: { contract: AffiliateContract }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const money = (amount: number) => formatMoney(amount, language);
  const { guarantees } = contract;

  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={`contract-${contract.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <div>
          <Title order={3} size="h5" id={`contract-${contract.id}`}>
            <Text component="span" ff="monospace" fw={700} inherit>
              {contract.number}
            </Text>{' '}
            — {contract.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`status.plan.${contract.planType}`)}
          </Text>
        </div>
        <ContractStatusBadge status={contract.status} />
      </Group>
      <PortalVisibility visibility={contract.portalVisibility} />
      <Divider my="md" />
      <Stack gap="md">
        <DataList cols={3}>
          <DataItem term={t('affiliate.contracts.affiliationDate')}>
            {formatDate(contract.affiliationDate)}
          </DataItem>
          <DataItem term={t('affiliate.contracts.terminationDate')}>
            {contract.terminationDate ? formatDate(contract.terminationDate) : t('common.notAvailable')}
          </DataItem>
          <DataItem term={t('affiliate.contracts.personalRiskPeriod')}>
            {contract.personalRiskPeriodDays}
          </DataItem>
          <DataItem term={t('affiliate.contracts.reserves')}>
            <Text size="sm" fw={600}>
              {money(contract.reserves)}
            </Text>
          </DataItem>
          <DataItem term={t('affiliate.contracts.annualPremium')}>
            {contract.annualPremium === null ? t('common.notAvailable') : money(contract.annualPremium)}
          </DataItem>
        </DataList>
        <div>
          <Text size="sm" fw={600} mb="xs">
            {t('affiliate.contracts.guarantees')}
          </Text>
          <DataList cols={2}>
            <DataItem term={t('affiliate.contracts.retirementCapital')}>
              {money(guarantees.retirementCapital)}
            </DataItem>
            <DataItem term={t('affiliate.contracts.deathCapital')}>{money(guarantees.deathCapital)}</DataItem>
            <DataItem term={t('affiliate.contracts.disabilityAnnuity')}>
              {money(guarantees.disabilityAnnuity)}
            </DataItem>
            <DataItem term={t('affiliate.contracts.premiumWaiver')}>
              <Badge size="sm" variant="light" color={guarantees.premiumWaiver ? 'teal' : 'gray'}>
                {guarantees.premiumWaiver ? t('common.yes') : t('common.no')}
              </Badge>
            </DataItem>
          </DataList>
        </div>
      </Stack>
    </Paper>
  );
}

export function AffiliateContracts({ contracts }: { contracts: AffiliateContract[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="affiliate-contracts">
      <Title order={2} size="h4" mb="sm" id="affiliate-contracts">
        {t('affiliate.contracts.title')}
      </Title>
      {contracts.length === 0 ? (
        <Text c="dimmed">{t('affiliate.contracts.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {contracts.map((contract) => (
            <ContractCard key={contract.id} contract={contract} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
