// The disclosures module of the web app: its screens, messages and home cards.
import type { WebModule } from '../module.ts';
import { disclosures } from './messages.ts';
import { disclosureRoutes } from './routes.tsx';

export const disclosuresWeb: WebModule = {
  name: 'disclosures',
  routes: disclosureRoutes,
  messages: disclosures,
  homeCards: [
    { key: 'publish', to: '/cong-khai', icon: 'megaphone', action: 'disclosure.publish' },
    { key: 'readDisclosures', to: '/cong-khai', icon: 'megaphone' },
    { key: 'portal', to: '/cong-khai', icon: 'megaphone', public: true },
  ],
};
