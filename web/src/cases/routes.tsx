// Routes of the cases screens (listed in this module's index.ts).
import type { AppRoute } from '../module.ts';
import { SendCasePage } from './SendPage.tsx';
import { TrackCasePage } from './TrackPage.tsx';
import { CaseQueuePage } from './QueuePage.tsx';
import { CaseDetailPage } from './DetailPage.tsx';
import { CaseSummaryPage } from './SummaryPage.tsx';
import { ReceptionPage } from './ReceptionPage.tsx';

export const caseRoutes: AppRoute[] = [
  { path: '/gui-don', element: <SendCasePage />, nav: { label: 'cases:nav.send', public: true } },
  { path: '/tra-cuu', element: <TrackCasePage />, nav: { label: 'cases:nav.track', public: true } },
  { path: '/don-thu', element: <CaseQueuePage />, nav: { label: 'cases:nav.queue', anyOf: ['case.list'] } },
  { path: '/don-thu/tong-hop', element: <CaseSummaryPage /> },
  { path: '/don-thu/:id', element: <CaseDetailPage /> },
  { path: '/tiep-cong-dan', element: <ReceptionPage />, nav: { label: 'cases:nav.reception', public: true } },
];
