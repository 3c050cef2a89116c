// Routes of the decision screens (listed in this module's index.ts).
import type { AppRoute } from '../module.ts';
import { DecisionListPage } from './ListPage.tsx';
import { OpenDecisionPage } from './OpenPage.tsx';
import { DecisionPage } from './DetailPage.tsx';
import { BallotEntryPage } from './EntryPage.tsx';

export const decisionRoutes: AppRoute[] = [
  { path: '/bieu-quyet', element: <DecisionListPage />, nav: { label: 'decisions:nav', public: true } },
  { path: '/bieu-quyet/mo-moi', element: <OpenDecisionPage /> },
  { path: '/bieu-quyet/:id', element: <DecisionPage /> },
  { path: '/bieu-quyet/:id/nhap-phieu', element: <BallotEntryPage /> },
];
