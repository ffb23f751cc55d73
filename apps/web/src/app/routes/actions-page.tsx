import { ActionsRoute } from '@/features/actions/routes/actions';
import { useContracts } from '@/lib/contracts';
import { PrintStatementsButton } from '@/features/statements/components/print-statements-button';

function PrintStatementsTool({ employerId }: { employerId: string }) {
  const contracts = useContracts(employerId);
  // the print lands in this overview, which the mutation refetches: nowhere to go
  return <PrintStatementsButton employerId={employerId} contracts={contracts.data?.items} />;
}

/** The actions overview with the print of statements among its tools, composed here (STYLE.md). */
export function ActionsPage() {
  return <ActionsRoute tools={(employerId) => <PrintStatementsTool employerId={employerId} />} />;
}
