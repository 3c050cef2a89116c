// Routes of the conference, oversight and report screens (registered in web/src/routes.tsx).
import type { AppRoute } from '../routes.tsx';
import { ConferencesPage } from '../conferences/ConferencesPage.tsx';
import { OversightPage } from '../oversight/OversightPage.tsx';
import { ReportsPage } from './ReportsPage.tsx';

export const reportRoutes: AppRoute[] = [
  { path: '/hoi-nghi', element: <ConferencesPage />, nav: { label: 'conferences:nav', roles: ['official', 'union', 'admin', 'steering'] } },
  { path: '/giam-sat', element: <OversightPage />, nav: { label: 'oversight:nav', roles: ['board_member', 'official', 'admin', 'steering'] } },
  { path: '/bao-cao', element: <ReportsPage />, nav: { label: 'reports:nav', roles: ['steering', 'official', 'admin'] } },
];
