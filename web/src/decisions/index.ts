// The decisions module of the web app: its screens, messages and home cards.
import type { WebModule } from '../module.ts';
import { decisions } from './messages.ts';
import { decisionRoutes } from './routes.tsx';

export const decisionsWeb: WebModule = {
  name: 'decisions',
  routes: decisionRoutes,
  messages: decisions,
  homeCards: [
    { key: 'decisionsManage', to: '/bieu-quyet', icon: 'ballot', action: 'decision.open', unitKinds: ['country', 'province', 'commune'] },
    { key: 'ballotsEntry', to: '/bieu-quyet', icon: 'ballot', action: 'decision.enter_ballot', unitKinds: ['village'] },
    { key: 'vote', to: '/bieu-quyet', icon: 'ballot', unitKinds: ['village'] },
  ],
};
