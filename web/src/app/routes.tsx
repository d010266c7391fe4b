import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingBlock } from '../components/ui/spinner';
import { SessionGate } from '../features/account/session-gate';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorPage } from './route-error';

// Each feature's page is its own chunk, loaded when its route is first visited. Pages that show
// pieces of other features are composed in ./pages.
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

export const routes: RouteObject[] = [
  // Before there is a session.
  { path: 'sign-in', ...page(() => import('../features/account/sign-in-page')) },
  { path: 'first-run', ...page(() => import('../features/account/first-run-page')) },
  { path: 'set-password', ...page(() => import('../features/account/set-password-page')) },
  // A view opened with a share link: no session, no layout.
  { path: 'shared/:view', ...page(() => import('./pages/shared')) },
  {
    element: (
      <SessionGate>
        <Layout />
      </SessionGate>
    ),
    // Shown while the first page's code loads.
    hydrateFallbackElement: <LoadingBlock label="Loading Throughline" />,
    children: [
      {
        // Inside the layout, so the navigation stays usable when a page fails.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, ...page(() => import('./pages/roadmap')) },
          { path: 'alignment', ...page(() => import('./pages/alignment')) },
          { path: 'goals/:id', ...page(() => import('./pages/goal')) },
          { path: 'initiatives/:id', ...page(() => import('./pages/initiative')) },
          { path: 'risks', ...page(() => import('./pages/risks')) },
          { path: 'decisions', ...page(() => import('../features/decisions/decisions-page')) },
          { path: 'decisions/:id', ...page(() => import('./pages/decision')) },
          { path: 'needs-update', ...page(() => import('../features/check-ins/needs-update-page')) },
          { path: 'outcomes', ...page(() => import('../features/outcomes/outcomes-page')) },
          { path: 'capacity', ...page(() => import('../features/capacity/capacity-page')) },
          { path: 'teams', ...page(() => import('../features/team/team-page')) },
          { path: 'jira', ...page(() => import('../features/jira/jira-page')) },
          { path: 'metrics/:id/source', ...page(() => import('../features/metric-sources/metric-binding-page')) },
          { path: 'admin/metric-sources', ...page(() => import('./pages/metric-sources')) },
          { path: 'tokens', ...page(() => import('./pages/api-tokens')) },
          { path: 'share-links', ...page(() => import('./pages/share-links')) },
          { path: 'admin/users', ...page(() => import('./pages/users')) },
          { path: 'admin/audit', ...page(() => import('./pages/audit')) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
