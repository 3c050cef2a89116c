// The cases module: feedback, petitions, complaints and denunciations with their legal deadlines, and citizen
// reception (Law on Complaints 2011, Law on Denunciations 2018, Law on Citizen Reception 2013). Other modules use
// nothing of it but its manifest: its counters are read by the reports through core.
import { defineModule, tableTypes } from '../../core/module.ts';
import { seedCasesDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { casesRoutes } from './routes.ts';
import type { CasesTables } from './tables.ts';

export const casesModule = defineModule({
  name: 'cases',
  routes: casesRoutes,
  tables: tableTypes<CasesTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: { seed: (d) => seedCasesDemo(d.ctx, d.units, d.log) },
});
