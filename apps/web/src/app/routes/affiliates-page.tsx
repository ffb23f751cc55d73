import { useNavigate } from 'react-router-dom';
import { useContracts } from '@/features/affiliates/api/get-contracts';
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

/** The affiliates list with the print of statements for all, a contract or the ticked affiliates (STYLE.md). */
export function AffiliatesPage() {
  return (
    <AffiliatesRoute
      tools={(employerId, selectedAffiliateIds) => (
        <PrintStatementsTool employerId={employerId} selectedAffiliateIds={selectedAffiliateIds} />
      )}
    />
  );
}
