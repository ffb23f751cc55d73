import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from '@/components/layouts/app-layout';
import { AccountRoute } from '@/features/account/routes/account';
import { ForgotPasswordRoute } from '@/features/auth/routes/forgot-password';
import { LoginRoute } from '@/features/auth/routes/login';
import { SetPasswordRoute } from '@/features/auth/routes/set-password';
import { EmailsRoute } from '@/features/emails/routes/emails';
import { JournalRoute } from '@/features/journal/routes/journal';
import { PortfolioRoute } from '@/features/portfolio/routes/portfolio';
import { UsersRoute } from '@/features/users/routes/users';
import { EmployerHomeRoute } from '@/features/employers/routes/employer-home';
import { EmployersRoute } from '@/features/employers/routes/employers';
import { IncapacitiesRoute } from '@/features/incapacities/routes/incapacities';
import { MissingNumbersRoute } from '@/features/employers/routes/missing-numbers';
import { UploadRoute } from '@/features/insured-list-upload/routes/upload';
import { UploadActionRoute } from '@/features/insured-list-upload/routes/upload-action';
import { ActionsPage } from './routes/actions-page';
import { AffiliatePage } from './routes/affiliate-page';
import { AffiliatesPage } from './routes/affiliates-page';
import { NewAffiliatePage } from './routes/new-affiliate-page';
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
        // the links of the access and reset e-mails, and the way to ask one
        { path: 'set-password', element: <SetPasswordRoute /> },
        { path: 'forgot-password', element: <ForgotPasswordRoute /> },
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
                    { path: 'portfolio', element: <PortfolioRoute /> },
                    { path: 'account', element: <AccountRoute /> },
                    {
                      path: 'employers/:employerId',
                      children: [
                        { index: true, element: <EmployerHomeRoute /> },
                        { path: 'missing-numbers', element: <MissingNumbersRoute /> },
                        { path: 'affiliates', element: <AffiliatesPage /> },
                        { path: 'affiliates/new', element: <NewAffiliatePage /> },
                        { path: 'affiliates/:affiliateId', element: <AffiliatePage /> },
                        { path: 'incapacities', element: <IncapacitiesRoute /> },
                        { path: 'actions', element: <ActionsPage /> },
                        { path: 'actions/:actionId', element: <UploadActionRoute /> },
                        { path: 'insured-list/upload', element: <UploadRoute /> },
                        { path: 'emails', element: <EmailsRoute /> },
                        { path: 'journal', element: <JournalRoute /> },
                        { path: 'users', element: <UsersRoute /> },
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
