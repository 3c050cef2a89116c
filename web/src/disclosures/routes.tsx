// Routes of the disclosure screens (listed in this module's index.ts).
import type { AppRoute } from '../module.ts';
import { PortalPage } from './PortalPage.tsx';
import { DisclosureDetailPage } from './DetailPage.tsx';
import { PublishPage } from './PublishPage.tsx';
import { QuestionsPage } from './QuestionsPage.tsx';
import { CompliancePage } from './CompliancePage.tsx';

export const disclosureRoutes: AppRoute[] = [
  { path: '/cong-khai', element: <PortalPage />, nav: { label: 'disclosures:nav', public: true } },
  { path: '/cong-khai/dang-moi', element: <PublishPage /> },
  { path: '/cong-khai/cau-hoi', element: <QuestionsPage /> },
  { path: '/cong-khai/tuan-thu', element: <CompliancePage /> },
  { path: '/cong-khai/:id', element: <DisclosureDetailPage /> },
];
