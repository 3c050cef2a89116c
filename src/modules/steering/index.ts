// The steering module: the work of the steering committees for grassroots democracy — the committee of a unit
// (members, dated changes, followed units, working rules), its annual work programme (tasks, status, the programme
// as a DOCX), the "Dân vận khéo" models registered by units and evaluated by the committee above, and the
// indicators of the committee's year. Other modules may use `addProgrammeTasks` (tasks a review sets for the next
// period) and the counter keys of the `steering` indicator.
import { defineModule, tableTypes } from '../../core/module.ts';
import { steeringDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { committeeSummary } from './queries/committees.ts';
import { steeringReportNotes } from './queries/notes.ts';
import { steeringRoutes } from './routes/index.ts';
import type { SteeringTables } from './tables.ts';

export const steeringModule = defineModule({
  name: 'steering',
  routes: steeringRoutes,
  tables: tableTypes<SteeringTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  reportNotes: steeringReportNotes,
  // The head signs what the committee issues.
  steeringSigner: async (ctx, unitId) => (await committeeSummary(ctx, unitId))?.head ?? null,
  demo: steeringDemo,
});

// The public surface for other modules.
export { addProgrammeTasks, markTaskDone, programmeTasksFrom, type TaskInput as ProgrammeTaskInput } from './commands/programmes.ts';
export { COUNTERS as STEERING_COUNTERS } from './indicators.ts';
