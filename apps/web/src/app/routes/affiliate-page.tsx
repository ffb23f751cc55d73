import { useParams } from 'react-router-dom';
import { useContracts } from '@/lib/contracts';
import { AffiliateRoute } from '@/features/affiliates/routes/affiliate';
import { AffiliateEmails } from '@/features/emails/components/affiliate-emails';
import { AffiliateIncapacities } from '@/features/incapacities/components/affiliate-incapacities';
import { AffiliateJournal } from '@/features/journal/components/affiliate-journal';
import { AffiliateLife } from '@/features/life-events/components/affiliate-life';
import { AffiliateStatements } from '@/features/statements/components/affiliate-statements';

/**
 * The affiliate page with their situation and its history, incapacities, benefit statements, e-mails and
 * journal:
 * the features meet here, in the app, rather than one importing another (STYLE.md, "features do not
 * import each other").
 */
export function AffiliatePage() {
  const { employerId = '' } = useParams();
  // the contracts' N, for the medical formality of new guarantees
  const contracts = useContracts(employerId);
  return (
    <AffiliateRoute
      sections={(affiliate) => (
        <>
          <AffiliateLife
            employerId={employerId}
            affiliate={affiliate}
            groupContracts={contracts.data?.items}
          />
          <AffiliateIncapacities employerId={employerId} affiliate={affiliate} />
          <AffiliateStatements employerId={employerId} affiliateId={affiliate.id} />
          <AffiliateEmails employerId={employerId} affiliate={affiliate} />
          <AffiliateJournal employerId={employerId} affiliateId={affiliate.id} />
        </>
      )}
    />
  );
}
