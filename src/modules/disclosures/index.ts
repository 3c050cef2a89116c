// The disclosures module — dân biết: the mandatory disclosure register, postings, the public portal and questions
// (Law 10/2022 Art. 11–14).
import { defineModule, tableTypes } from '../../core/module.ts';
import { seedDisclosuresDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { disclosuresRoutes } from './routes.ts';
import type { DisclosuresTables } from './tables.ts';

export const disclosuresModule = defineModule({
  name: 'disclosures',
  routes: disclosuresRoutes,
  tables: tableTypes<DisclosuresTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: { seed: async (d) => void (await seedDisclosuresDemo(d.ctx, d.units)) },
});

// What other modules may use: publishing a disclosure (e.g. a decision's result) as part of their own act.
export { publishDisclosure } from './commands/publish.ts';
