// The steering module of the web app: the steering committee of a unit and its annual work programme.
import type { WebModule } from '../module.ts';
import { CommitteePage } from './CommitteePage.tsx';
import { ProgrammePage } from './ProgrammePage.tsx';
import { steering } from './messages.ts';

export const steeringWeb: WebModule = {
  name: 'steering',
  routes: [
    { path: '/ban-chi-dao', element: <CommitteePage />, nav: { label: 'steering:navCommittee', anyOf: ['committee.manage'] } },
    { path: '/chuong-trinh-cong-tac', element: <ProgrammePage />, nav: { label: 'steering:navProgramme', anyOf: ['programme.manage'] } },
  ],
  messages: steering,
  homeCards: [
    { key: 'steeringCommittee', to: '/ban-chi-dao', icon: 'people', action: 'committee.manage' },
    { key: 'steeringProgramme', to: '/chuong-trinh-cong-tac', icon: 'ballot', action: 'programme.manage' },
  ],
};
