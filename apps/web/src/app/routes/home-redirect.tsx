import { Navigate } from 'react-router-dom';
import { useSession } from '@/lib/session';

/** After login: the insurer's staff to their portfolio; others to their employer's home page when there is only one, else the chooser. */
export function HomeRedirect() {
  const { data: session } = useSession();
  if (session && session.user.kind !== 'employer') return <Navigate to="/portfolio" replace />;
  const [only, ...others] = session?.employers ?? [];
  if (only && others.length === 0) return <Navigate to={`/employers/${only.id}`} replace />;
  return <Navigate to="/employers" replace />;
}
