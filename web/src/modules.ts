// Every module of the web app, in the order of the server's list (src/modules/index.ts): the router, i18n and the
// home page read this list. Adding a module's screens is one folder and one line here.
import type { WebModule } from './module.ts';
import { unitsWeb } from './units/index.ts';
import { conferencesWeb } from './conferences/index.tsx';
import { oversightWeb } from './oversight/index.tsx';
import { disclosuresWeb } from './disclosures/index.ts';
import { decisionsWeb } from './decisions/index.ts';
import { consultationsWeb } from './consultations/index.ts';
import { casesWeb } from './cases/index.ts';
import { steeringWeb } from './steering/index.tsx';
import { inspectionsWeb } from './inspections/index.tsx';
import { evaluationsWeb } from './evaluations/index.tsx';
import { requestsWeb } from './requests/index.tsx';
import { reportsWeb } from './reports/index.ts';

export const WEB_MODULES: readonly WebModule[] = [
  unitsWeb,
  conferencesWeb,
  oversightWeb,
  disclosuresWeb,
  decisionsWeb,
  consultationsWeb,
  casesWeb,
  steeringWeb,
  requestsWeb,
  inspectionsWeb,
  evaluationsWeb,
  reportsWeb,
];
