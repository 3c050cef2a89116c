// The conferences module: staff and worker conferences, workplace dialogues and village meetings
// (Law 10/2022 Art. 50–51, 68–69, 73); the steering committee's reviews, quarterly briefings and training (spec §9).
import { defineModule, tableTypes } from '../../core/module.ts';
import { conferencesDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { conferenceReportNotes } from './notes.ts';
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
  reportNotes: conferenceReportNotes,
});

/** Tasks set at a unit's reviews in a period, for the steering programme: `listNextTasks(db, {unitId, from, to})`. */
export { listNextTasks, type ReviewTask } from './notes.ts';
/** What `recordConference` returns for a review's tasks, to be wired to the steering module's `addProgrammeTasks`. */
export { recordConference, type RecordConferenceInput } from './commands.ts';
export { quarterOf, REVIEW_KINDS, STEERING_KINDS, type SteeringKind } from './meetings.ts';
