// The consultations module of the web app: its screens, messages and home cards.
import type { WebModule } from '../module.ts';
import { consultations } from './messages.ts';
import { consultationRoutes } from './routes.tsx';

export const consultationsWeb: WebModule = {
  name: 'consultations',
  routes: consultationRoutes,
  messages: consultations,
  homeCards: [
    { key: 'consultationsManage', to: '/lay-y-kien', icon: 'chat', action: 'consultation.open', unitKinds: ['country', 'province', 'commune'] },
    { key: 'consultationsManage', to: '/lay-y-kien', icon: 'chat', action: 'consultation.enter_opinion', unitKinds: ['village'] },
    { key: 'giveOpinion', to: '/lay-y-kien', icon: 'chat', action: 'consultation.give_opinion' },
  ],
};
