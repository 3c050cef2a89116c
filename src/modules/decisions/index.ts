// The decisions module — dân bàn và quyết định: household decisions by meeting, ballot or online vote, their tally,
// publication and recognition (Law 10/2022 Art. 15–21).
import { systemCtx } from '../../core/context.ts';
import { defineModule, tableTypes } from '../../core/module.ts';
import { closeDueDecisions } from './commands/close.ts';
import { seedDecisionsDemo } from './demo.ts';
import { INDICATORS } from './indicators.ts';
import { PERMISSIONS } from './permissions.ts';
import { decisionsRoutes } from './routes.ts';
import type { DecisionsTables } from './tables.ts';

export const decisionsModule = defineModule({
  name: 'decisions',
  routes: decisionsRoutes,
  tables: tableTypes<DecisionsTables>(),
  permissions: PERMISSIONS,
  indicators: INDICATORS,
  demo: { seed: (d) => seedDecisionsDemo(d.ctx, d.units) },
  jobs: [
    {
      // Closes decisions whose end (closesAt) has passed: tallied, published and sent for recognition.
      name: 'decisions auto-close',
      everyMs: 30_000,
      async run(services, log) {
        const closed = await closeDueDecisions(systemCtx(services, 'decisions.auto-close'));
        if (closed.length) log(`đã tự động kết thúc biểu quyết: ${closed.join(', ')}`);
      },
    },
  ],
});

// Nothing else is offered to other modules: none uses decisions (the reports read its counters, decisions.held and
// decisions.passed, through core).
