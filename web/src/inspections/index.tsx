// The inspections module of the web app: a steering committee's inspections, their findings, recommendations and
// follow-up.
import type { WebModule } from '../module.ts';
import { InspectionPage } from './InspectionPage.tsx';
import { InspectionsPage } from './InspectionsPage.tsx';
import { inspections } from './messages.ts';

export const inspectionsWeb: WebModule = {
  name: 'inspections',
  routes: [
    { path: '/kiem-tra', element: <InspectionsPage />, nav: { label: 'inspections:nav', anyOf: ['inspection.record', 'inspection.read'] } },
    { path: '/kiem-tra/:id', element: <InspectionPage /> },
  ],
  messages: inspections,
  homeCards: [{ key: 'inspections', to: '/kiem-tra', icon: 'search', action: 'inspection.record' }],
};
