// Routes of the report screens.
import type { AppRoute } from '../module.ts';
import { ReportsPage } from './ReportsPage.tsx';

export const reportRoutes: AppRoute[] = [{ path: '/bao-cao', element: <ReportsPage />, nav: { label: 'reports:nav', anyOf: ['report.read'] } }];
