import { Navigate, createBrowserRouter } from 'react-router-dom';
import { AppLayout } from '@/components/layouts/app-layout';
import { ActionsRoute } from '@/features/actions/routes/actions';
import { AffiliateRoute } from '@/features/affiliates/routes/affiliate';
import { AffiliatesRoute } from '@/features/affiliates/routes/affiliates';
import { LoginRoute } from '@/features/auth/routes/login';
import { EmployersRoute } from '@/features/employers/routes/employers';
import { UploadRoute } from '@/features/insured-list-upload/routes/upload';
import { UploadActionRoute } from '@/features/insured-list-upload/routes/upload-action';
import { ErrorPage, RouteError } from './routes/error-page';
import { HomeRedirect } from './routes/home-redirect';
import { NotFoundInShell, NotFoundPage } from './routes/not-found-page';
import { RequireSession } from './routes/require-session';

export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <ErrorPage />,
      children: [
        { path: 'login', element: <LoginRoute /> },
        {
          element: <RequireSession />,
          children: [
            { index: true, element: <HomeRedirect /> },
            {
              element: <AppLayout />,
              children: [
                {
                  errorElement: <RouteError />,
                  children: [
                    { path: 'employers', element: <EmployersRoute /> },
                    {
                      path: 'employers/:employerId',
                      children: [
                        // the employer's home is its affiliates, until it gets a dashboard
                        { index: true, element: <Navigate to="affiliates" replace /> },
                        { path: 'affiliates', element: <AffiliatesRoute /> },
                        { path: 'affiliates/:affiliateId', element: <AffiliateRoute /> },
                        { path: 'actions', element: <ActionsRoute /> },
                        { path: 'actions/:actionId', element: <UploadActionRoute /> },
                        { path: 'insured-list/upload', element: <UploadRoute /> },
                        { path: '*', element: <NotFoundInShell /> },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
