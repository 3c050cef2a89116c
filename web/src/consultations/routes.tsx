// Routes of the consultation screens (listed in this module's index.ts).
import type { AppRoute } from '../module.ts';
import { ConsultationListPage } from './ListPage.tsx';
import { OpenConsultationPage } from './OpenPage.tsx';
import { ConsultationDetailPage } from './DetailPage.tsx';
import { SynthesisPage } from './SynthesisPage.tsx';

export const consultationRoutes: AppRoute[] = [
  { path: '/lay-y-kien', element: <ConsultationListPage />, nav: { label: 'consultations:nav', public: true } },
  { path: '/lay-y-kien/mo-moi', element: <OpenConsultationPage /> },
  { path: '/lay-y-kien/:id', element: <ConsultationDetailPage /> },
  { path: '/lay-y-kien/:id/tong-hop', element: <SynthesisPage /> },
];
