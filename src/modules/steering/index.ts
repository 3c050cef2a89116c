// The steering module: steering committees' work — today the "Dân vận khéo" models registered by units, evaluated
// and commended by the committee above. Other modules use nothing of it but its manifest.
import { defineModule, tableTypes } from '../../core/module.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { steeringRoutes } from './routes.ts';
import type { SteeringTables } from './tables.ts';

export const steeringModule = defineModule({
  name: 'steering',
  routes: steeringRoutes,
  tables: tableTypes<SteeringTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
});
