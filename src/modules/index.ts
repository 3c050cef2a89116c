// Every module of the platform, in order: the server registers their routes, the demo seeds them, the reports show
// their indicators in this order. Adding a mechanism is one folder and one line here.
import type { TablesOf } from '../core/module.ts';
import type { CoreTables } from '../core/schema.ts';
import { unitsModule } from './units/index.ts';
import { conferencesModule } from './conferences/index.ts';
import { oversightModule } from './oversight/index.ts';
import { disclosuresModule } from './disclosures/index.ts';
import { decisionsModule } from './decisions/index.ts';
import { consultationsModule } from './consultations/index.ts';
import { casesModule } from './cases/index.ts';
import { steeringModule } from './steering/index.ts';
import { inspectionsModule } from './inspections/index.ts';
import { evaluationsModule } from './evaluations/index.ts';
import { requestsModule } from './requests/index.ts';
import { reportsModule } from './reports/index.ts';

export const MODULES = [
  unitsModule,
  // Before the modules whose records feed it: a review's tasks join the programme the committee issued (demo order).
  steeringModule,
  conferencesModule,
  oversightModule,
  casesModule,
  decisionsModule,
  disclosuresModule,
  consultationsModule,
  requestsModule,
  inspectionsModule,
  evaluationsModule,
  reportsModule,
] as const;

/** The whole database as one type (tests and benchmarks; a module's store sees only its own tables). */
export type DB = CoreTables & TablesOf<typeof MODULES>;
