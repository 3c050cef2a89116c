// The conferences module: staff and worker conferences, workplace dialogues and village meetings
// (Law 10/2022 Art. 50–51, 68–69, 73).
import { defineModule, tableTypes } from '../../core/module.ts';
import { conferencesDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { conferencesRoutes } from './routes.ts';
import type { ConferencesTables } from './tables.ts';

export const conferencesModule = defineModule({
  name: 'conferences',
  routes: conferencesRoutes,
  tables: tableTypes<ConferencesTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: conferencesDemo,
});
