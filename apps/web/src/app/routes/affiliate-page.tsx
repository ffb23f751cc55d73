import { useParams } from 'react-router-dom';
import { AffiliateRoute } from '@/features/affiliates/routes/affiliate';
import { AffiliateEmails } from '@/features/emails/components/affiliate-emails';

/**
 * The affiliate page with its e-mails: the two features meet here, in the app, rather than one importing
 * the other (STYLE.md, "features do not import each other").
 */
export function AffiliatePage() {
  const { employerId = '' } = useParams();
  return (
    <AffiliateRoute
      sections={(affiliate) => <AffiliateEmails employerId={employerId} affiliate={affiliate} />}
    />
  );
}
