// The units module of the web app: the unit tree and the households of a village.
import type { WebModule } from '../module.ts';
import { units } from './messages.ts';
import { unitRoutes } from './routes.tsx';

export const unitsWeb: WebModule = {
  name: 'units',
  routes: unitRoutes,
  messages: units,
  homeCards: [
    { key: 'manageUnits', to: '/don-vi', icon: 'units', action: 'user.grant_privileged' },
    { key: 'households', to: '/don-vi', icon: 'units', action: 'household.create', unitKinds: ['country', 'province', 'commune', 'village'] },
    { key: 'unitTree', to: '/don-vi', icon: 'units', action: 'household.list' },
    { key: 'unitTree', to: '/don-vi', icon: 'units', public: true },
  ],
};
