import { RouterProvider } from 'react-router-dom';
import { createQueryClient } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';
import { AppProvider } from './provider';
import { createAppRouter, paths } from './router';

const router = createAppRouter();

/**
 * A 401 from any call means the session ended (expired, or logged out elsewhere): forget it and go to the
 * login page, which brings the user back to where they were.
 */
const queryClient = createQueryClient({
  onUnauthorized: () => {
    const { pathname, search } = router.state.location;
    if (pathname === paths.login) return;
    queryClient.setQueryData(queryKeys.session, null);
    const params = new URLSearchParams({ redirect: pathname + search, reason: 'expired' });
    void router.navigate(`${paths.login}?${params}`, { replace: true });
  },
});

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
