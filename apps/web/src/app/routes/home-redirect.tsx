import { Navigate } from 'react-router-dom';
import { useSession } from '@/lib/session';

/** After login: straight to the employer's home page when there is only one, else the chooser. */
export function HomeRedirect() {
  const { data: session } = useSession();
  const [only, ...others] = session?.employers ?? [];
  if (only && others.length === 0) return <Navigate to={`/employers/${only.id}`} replace />;
  return <Navigate to="/employers" replace />;
}
