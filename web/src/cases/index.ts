// The cases module of the web app: its screens, messages and home cards.
import type { WebModule } from '../module.ts';
import { cases } from './messages.ts';
import { caseRoutes } from './routes.tsx';

export const casesWeb: WebModule = {
  name: 'cases',
  routes: caseRoutes,
  messages: cases,
  homeCards: [
    { key: 'casesHandle', to: '/don-thu', icon: 'inbox', action: 'case.handle' },
    { key: 'followCases', to: '/don-thu', icon: 'inbox', action: 'case.list' },
    { key: 'sendCase', to: '/gui-don', icon: 'mail', unitKinds: ['village'] },
    { key: 'trackCase', to: '/tra-cuu', icon: 'search', unitKinds: ['village'] },
    { key: 'sendCase', to: '/gui-don', icon: 'mail', public: true },
    { key: 'trackCase', to: '/tra-cuu', icon: 'search', public: true },
  ],
};
