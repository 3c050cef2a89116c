// The evaluations module: evaluation and classification (đánh giá, phân loại) by a steering committee of the units
// below it and of their committees, per year, at a level of the configured list. Counters
// `steering.evaluations.<level>` (read by the steering indicator).
import { defineModule, tableTypes } from '../../core/module.ts';
import { evaluationsDemo } from './demo.ts';
import { PERMISSIONS } from './permissions.ts';
import { evaluationsRoutes } from './routes.ts';
import type { EvaluationsTables } from './tables.ts';

export const evaluationsModule = defineModule({
  name: 'evaluations',
  routes: evaluationsRoutes,
  tables: tableTypes<EvaluationsTables>(),
  permissions: PERMISSIONS,
  demo: evaluationsDemo,
});

export { DEFAULT_EVALUATION_LEVELS, EVALUATION_LEVELS, evaluationCounterKey, type EvaluationLevel } from './rules.ts';
