// Every screen of the app, one entry per route. Modules add their screens here (one import + entries).
import type { ReactElement } from 'react';
import { HomePage } from './shell/HomePage.tsx';
import { reportRoutes } from './reports/routes.tsx';
import { LoginPage } from './shell/LoginPage.tsx';
import { disclosureRoutes } from './disclosures/routes.tsx';
import { consultationRoutes } from './consultations/routes.tsx';
import { decisionRoutes } from './decisions/routes.tsx';
import { UnitTreePage } from './units/UnitTree.tsx';
import { HouseholdsPage } from './units/HouseholdsPage.tsx';
import { caseRoutes } from './cases/routes.tsx';

export interface AppRoute {
  path: string;
  element: ReactElement;
  /** Shown in the main navigation when set: i18n key ('ns:key') and the roles that see it (none = everyone). */
  nav?: { label: string; roles?: string[]; public?: boolean };
}

export const routes: AppRoute[] = [
  { path: '/', element: <HomePage />, nav: { label: 'common:nav.home', public: true } },
  { path: '/dang-nhap', element: <LoginPage /> },
  ...disclosureRoutes,
  ...decisionRoutes,
  ...consultationRoutes,
  { path: '/don-vi', element: <UnitTreePage />, nav: { label: 'common:nav.units', public: true } },
  { path: '/don-vi/:id/ho-gia-dinh', element: <HouseholdsPage /> },
  ...caseRoutes,
  ...reportRoutes,
];
