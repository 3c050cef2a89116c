// The evaluations module of the web app: the classification of units and committees per year.
import type { WebModule } from '../module.ts';
import { EvaluationsPage } from './EvaluationsPage.tsx';
import { evaluations } from './messages.ts';

export const evaluationsWeb: WebModule = {
  name: 'evaluations',
  routes: [{ path: '/xep-loai', element: <EvaluationsPage />, nav: { label: 'evaluations:nav', anyOf: ['evaluation.record', 'evaluation.read'] } }],
  messages: evaluations,
  homeCards: [{ key: 'evaluations', to: '/xep-loai', icon: 'chart', action: 'evaluation.record' }],
};
