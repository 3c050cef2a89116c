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
