import { useParams } from 'react-router-dom';
import { NewAffiliateRoute } from '@/features/affiliation/routes/new-affiliate';
import { useContracts } from '@/lib/contracts';

/** The affiliation form over the employer's contracts, which the affiliates feature loads (STYLE.md). */
export function NewAffiliatePage() {
  const { employerId = '' } = useParams();
  const contracts = useContracts(employerId);
  return (
    <NewAffiliateRoute
      contracts={{
        data: contracts.data?.items,
        error: contracts.error,
        isPending: contracts.isPending,
        refetch: contracts.refetch,
      }}
    />
  );
}
