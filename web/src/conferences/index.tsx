// The conferences module of the web app: conferences, dialogues and village meetings.
import type { WebModule } from '../module.ts';
import { ConferencesPage } from './ConferencesPage.tsx';
import { conferences } from './messages.ts';

export const conferencesWeb: WebModule = {
  name: 'conferences',
  routes: [{ path: '/hoi-nghi', element: <ConferencesPage />, nav: { label: 'conferences:nav', anyOf: ['conference.record', 'report.read'] } }],
  messages: conferences,
};
