// Who may do what in this module: steering committees, their programmes and "Dân vận khéo" models. Part of the one
// matrix (core/permissions.ts). Roles hold on the granted unit and every unit below it.
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'steering.manage': ['admin', 'steering'],
  /**
   * Set up and keep (kiện toàn) the steering committee of a unit: members, dated changes, working rules. The
   * committee's own members (role `steering` on its unit) and those of the committees above, and administrators.
   */
  'committee.manage': ['admin', 'steering'],
  /** Issue the committee's annual work programme, add tasks, mark them done (the same people). */
  'programme.manage': ['admin', 'steering'],
  /** Register a "Dân vận khéo" model of one's unit. */
  'model.register': ['admin', 'official', 'union'],
  /** Evaluate / commend models of the units below (steering). */
  'model.evaluate': ['admin', 'steering'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
