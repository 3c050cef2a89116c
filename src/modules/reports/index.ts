// The reports module: the indicators of every module rolled up to the province, the dashboard, and the six-month /
// annual report (Decree 30/2020 DOCX, XLSX, PDF) with its narrative sections.
import { defineModule, tableTypes } from '../../core/module.ts';
import { PERMISSIONS } from './permissions.ts';
import { reportsRoutes } from './routes.ts';
import type { ReportsTables } from './tables.ts';

export const reportsModule = defineModule({
  name: 'reports',
  routes: reportsRoutes,
  tables: tableTypes<ReportsTables>(),
  permissions: PERMISSIONS,
});

// What other modules may use of the reports: a unit's computed indicators for a period (e.g. attached to a unit's
// submission to its steering committee, src/modules/requests), with the reader's rights (`report.read`).
export { computeIndicators } from './queries/indicators.ts';
