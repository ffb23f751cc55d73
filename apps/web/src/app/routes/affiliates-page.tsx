import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useContracts } from '@/lib/contracts';
import { AffiliatesRoute } from '@/features/affiliates/routes/affiliates';
import { PrintStatementsButton } from '@/features/statements/components/print-statements-button';

interface PrintToolProps {
  employerId: string;
  selectedAffiliateIds: readonly string[];
}

function PrintStatementsTool({ employerId, selectedAffiliateIds }: PrintToolProps) {
  const navigate = useNavigate();
  const contracts = useContracts(employerId);
  return (
    <PrintStatementsButton
      employerId={employerId}
      contracts={contracts.data?.items}
      selectedAffiliateIds={selectedAffiliateIds}
      // the print's progress and file are on the actions overview
      onPrinted={() => void navigate(`/employers/${employerId}/actions`)}
    />
  );
}

function NewAffiliateButton({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/employers/${employerId}/affiliates/new`}
      leftSection={<IconUserPlus size={16} aria-hidden />}
    >
      {t('affiliation.newButton')}
    </Button>
  );
}

/**
 * The affiliates list with, for write users, the affiliation of a new employee and the print of statements
 * for all, a contract or the ticked affiliates (STYLE.md).
 */
export function AffiliatesPage() {
  return (
    <AffiliatesRoute
      tools={(employerId, selectedAffiliateIds) => (
        <>
          <PrintStatementsTool employerId={employerId} selectedAffiliateIds={selectedAffiliateIds} />
          <NewAffiliateButton employerId={employerId} />
        </>
      )}
    />
  );
}
