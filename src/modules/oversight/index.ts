// The oversight module: supervision by the People's Inspection Board and the Investment Supervision Board, their
// findings and recommendations (Law 10/2022 Art. 35–45). Its recommendation follow-up (due dates, answers, overdue)
// is the one mechanism other modules use for theirs (a steering committee's inspections): they add recommendations
// in their own transaction and show them with their state; the answer route and the overdue list serve every source.
import { defineModule, tableTypes } from '../../core/module.ts';
import { oversightDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { oversightRoutes } from './routes.ts';
import type { OversightTables } from './tables.ts';

export const oversightModule = defineModule({
  name: 'oversight',
  routes: oversightRoutes,
  tables: tableTypes<OversightTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: oversightDemo,
});

// ---- the shared recommendation follow-up ------------------------------------------------------------------------
export type { RecommendationSourceType } from './tables.ts';
export {
  checkFindings,
  checkRecommendations,
  recommendationDueOn,
  recommendationState,
  type CheckedRecommendation,
  type RecommendationContent,
  type RecommendationState,
} from './rules.ts';
export { addRecommendations, answerRecommendation, type RecommendationSource } from './commands.ts';
export { listRecommendations, recommendationsOf } from './queries.ts';
export { recommendationOfSource } from './schema.ts';
