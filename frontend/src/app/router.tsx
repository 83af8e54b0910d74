import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { Loading } from '@/components/ui/loading';

import { AppLayoutRoute } from './routes/app-layout';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RootRoute } from './routes/root';
import { RouteError } from './routes/route-error';

/**
 * Data-mode router. The chart-heavy pages load lazily (Recharts stays out of the first download).
 * New pages (Records, Plans, People) go under the app layout, with an entry in navigation.ts.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      Component: RootRoute,
      ErrorBoundary: RouteError,
      HydrateFallback: () => <Loading variant="page" />,
      children: [
        { path: 'login', Component: LoginRoute },
        {
          Component: AppLayoutRoute,
          children: [
            {
              index: true,
              lazy: async () => ({ Component: (await import('./routes/my-month')).MyMonthRoute }),
            },
            {
              path: 'team',
              lazy: async () => ({ Component: (await import('./routes/team')).TeamRoute }),
            },
            {
              path: 'analytics',
              lazy: async () => ({ Component: (await import('./routes/analytics')).AnalyticsRoute }),
            },
            {
              path: 'records/:tab?',
              lazy: async () => ({ Component: (await import('./routes/records')).RecordsRoute }),
            },
            {
              path: 'disputes',
              lazy: async () => ({ Component: (await import('./routes/disputes')).DisputesRoute }),
            },
            {
              path: 'plans',
              lazy: async () => ({ Component: (await import('./routes/plans')).PlansRoute }),
            },
            {
              path: 'people',
              lazy: async () => ({ Component: (await import('./routes/people')).PeopleRoute }),
            },
            {
              path: 'bonuses',
              lazy: async () => ({ Component: (await import('./routes/bonuses')).BonusesRoute }),
            },
            {
              path: 'settings',
              lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }),
            },
            {
              path: 'import',
              lazy: async () => ({ Component: (await import('./routes/imports')).ImportsRoute }),
            },
            {
              path: 'account',
              lazy: async () => ({ Component: (await import('./routes/account')).AccountRoute }),
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]);
}

export function AppRouter() {
  const router = useMemo(() => createAppRouter(), []);
  return <RouterProvider router={router} />;
}
