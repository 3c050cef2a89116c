// Routes of the units screens.
import type { AppRoute } from '../module.ts';
import { UnitTreePage } from './UnitTree.tsx';
import { HouseholdsPage } from './HouseholdsPage.tsx';

export const unitRoutes: AppRoute[] = [
  { path: '/don-vi', element: <UnitTreePage />, nav: { label: 'common:nav.units', public: true } },
  { path: '/don-vi/:id/ho-gia-dinh', element: <HouseholdsPage /> },
];
