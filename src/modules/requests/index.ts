// The requests module: a steering committee's guidance, self-inspection and period report requests sent down to
// the units below it, and the units' submissions (on time / late / missing, reminders, returns for correction).
// Other modules use nothing of it but its manifest; the steering indicator reads its counters (COUNTER in commands.ts).
import { defineModule, tableTypes } from '../../core/module.ts';
import { requestsDemo } from './demo.ts';
import { PERMISSIONS } from './permissions.ts';
import { reportNotes } from './queries.ts';
import { requestsRoutes } from './routes.ts';
import type { RequestsTables } from './tables.ts';

export const requestsModule = defineModule({
  name: 'requests',
  routes: requestsRoutes,
  tables: tableTypes<RequestsTables>(),
  permissions: PERMISSIONS,
  reportNotes,
  demo: requestsDemo,
});
