// The conferences module of the web app: conferences, dialogues and village meetings.
import type { WebModule } from '../module.ts';
import { ConferencesPage } from './ConferencesPage.tsx';
import { conferences } from './messages.ts';

export const conferencesWeb: WebModule = {
  name: 'conferences',
  routes: [{ path: '/hoi-nghi', element: <ConferencesPage />, nav: { label: 'conferences:nav', anyOf: ['conference.record', 'report.read'] } }],
  messages: conferences,
  homeCards: [
    { key: 'conferences', to: '/hoi-nghi', icon: 'people', action: 'conference.record', unitKinds: ['country', 'province', 'commune', 'agency'] },
    { key: 'workerConference', to: '/hoi-nghi', icon: 'people', action: 'conference.record', unitKinds: ['enterprise'] },
    { key: 'conferences', to: '/hoi-nghi', icon: 'people', action: 'report.read' },
  ],
};
