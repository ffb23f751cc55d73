import { RouterProvider } from 'react-router-dom';
import { createQueryClient } from '@/lib/query-client';
import { endSession } from '@/lib/session';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

const router = createAppRouter();

/**
 * A 401 from any call means the session ended (expired, or logged out elsewhere): the session guard
 * then sends the user to the login page, which brings them back to where they were.
 */
const queryClient = createQueryClient({ onUnauthorized: () => endSession(queryClient, 'expired') });

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
