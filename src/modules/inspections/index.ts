// The inspections module: a steering committee's inspections of the units below it — plan, team, findings (signs of
// violation), recommendations followed up by the oversight module's one mechanism (source 'steering_inspection'),
// conclusion. Counter `steering.inspections`; report part 'leadership' names the units inspected.
import { defineModule, tableTypes } from '../../core/module.ts';
import { INSPECTIONS_KEY } from './commands.ts';
import { inspectionsDemo } from './demo.ts';
import { PERMISSIONS } from './permissions.ts';
import { inspectionNotes } from './queries.ts';
import { inspectionsRoutes } from './routes.ts';
import type { InspectionsTables } from './tables.ts';

export const inspectionsModule = defineModule({
  name: 'inspections',
  routes: inspectionsRoutes,
  tables: tableTypes<InspectionsTables>(),
  permissions: PERMISSIONS,
  reportNotes: inspectionNotes,
  demo: inspectionsDemo,
});

export { INSPECTIONS_KEY };
export { checkBelow } from './rules.ts';
