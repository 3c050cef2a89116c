// The oversight module: supervision by the People's Inspection Board and the Investment Supervision Board, their
// findings and recommendations (Law 10/2022 Art. 35–45).
import { defineModule, tableTypes } from '../../core/module.ts';
import { oversightDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { oversightRoutes } from './routes.ts';
import type { OversightTables } from './tables.ts';

export const oversightModule = defineModule({
  name: 'oversight',
  routes: oversightRoutes,
  tables: tableTypes<OversightTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: oversightDemo,
});
