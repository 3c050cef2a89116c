// The consultations module — dân tham gia ý kiến: consultations, the synthesis of opinions and the public
// responses (Law 10/2022 Art. 25–28).
import { defineModule, tableTypes } from '../../core/module.ts';
import { consultationsDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { consultationsRoutes } from './routes.ts';
import type { ConsultationsTables } from './tables.ts';

export const consultationsModule = defineModule({
  name: 'consultations',
  routes: consultationsRoutes,
  tables: tableTypes<ConsultationsTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: consultationsDemo,
});
