// The oversight module of the web app: supervision activities, findings and recommendations.
import type { WebModule } from '../module.ts';
import { OversightPage } from './OversightPage.tsx';
import { oversight } from './messages.ts';

export const oversightWeb: WebModule = {
  name: 'oversight',
  routes: [{ path: '/giam-sat', element: <OversightPage />, nav: { label: 'oversight:nav', anyOf: ['oversight.record', 'oversight.answer', 'report.read'] } }],
  messages: oversight,
  homeCards: [
    { key: 'oversight', to: '/giam-sat', icon: 'eye', action: 'oversight.record' },
    { key: 'oversight', to: '/giam-sat', icon: 'eye', action: 'report.read' },
  ],
};
