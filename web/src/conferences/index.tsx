// The conferences module of the web app: conferences, dialogues and village meetings; the steering committee's
// reviews, briefings and training.
import type { WebModule } from '../module.ts';
import { ConferencesPage } from './ConferencesPage.tsx';
import { conferences } from './messages.ts';

export const conferencesWeb: WebModule = {
  name: 'conferences',
  routes: [{ path: '/hoi-nghi', element: <ConferencesPage />, nav: { label: 'conferences:nav', anyOf: ['conference.record', 'conference.record_steering', 'conference.record_training', 'report.read'] } }],
  messages: conferences,
  homeCards: [
    // First, so that a steering user's card is this one rather than the reader's (cards are unique by link).
    { key: 'steeringMeetings', to: '/hoi-nghi', icon: 'people', action: 'conference.record_steering' },
    { key: 'conferences', to: '/hoi-nghi', icon: 'people', action: 'conference.record', unitKinds: ['country', 'province', 'commune', 'agency'] },
    { key: 'workerConference', to: '/hoi-nghi', icon: 'people', action: 'conference.record', unitKinds: ['enterprise'] },
    { key: 'conferences', to: '/hoi-nghi', icon: 'people', action: 'report.read' },
  ],
};
