// The requests module of the web app: a steering committee's documents sent down and the units' reports.
import type { WebModule } from '../module.ts';
import { AskedPage } from './AskedPage.tsx';
import { IssuePage } from './IssuePage.tsx';
import { RequestPage } from './RequestPage.tsx';
import { SubmitPage } from './SubmitPage.tsx';
import { requests } from './messages.ts';

export const requestsWeb: WebModule = {
  name: 'requests',
  routes: [
    { path: '/yeu-cau', element: <IssuePage />, nav: { label: 'requests:nav', anyOf: ['request.issue'] } },
    { path: '/yeu-cau/:id', element: <RequestPage /> },
    { path: '/yeu-cau/:id/gui', element: <SubmitPage /> },
    { path: '/viec-cap-tren', element: <AskedPage />, nav: { label: 'requests:navAsked', anyOf: ['request.submit'] } },
  ],
  messages: requests,
  homeCards: [
    { key: 'requestsIssued', to: '/yeu-cau', icon: 'megaphone', action: 'request.issue' },
    { key: 'requestsAsked', to: '/viec-cap-tren', icon: 'inbox', action: 'request.submit', unitKinds: ['commune', 'agency', 'enterprise', 'district'] },
  ],
};
