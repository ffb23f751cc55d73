import { useParams } from 'react-router-dom';
import { AffiliateRoute } from '@/features/affiliates/routes/affiliate';
import { AffiliateEmails } from '@/features/emails/components/affiliate-emails';
import { AffiliateStatements } from '@/features/statements/components/affiliate-statements';

/**
 * The affiliate page with its benefit statements and e-mails: the features meet here, in the app, rather
 * than one importing another (STYLE.md, "features do not import each other").
 */
export function AffiliatePage() {
  const { employerId = '' } = useParams();
  return (
    <AffiliateRoute
      sections={(affiliate) => (
        <>
          <AffiliateStatements employerId={employerId} affiliateId={affiliate.id} />
          <AffiliateEmails employerId={employerId} affiliate={affiliate} />
        </>
      )}
    />
  );
}
