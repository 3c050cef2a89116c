// Who may do what in this module: Steering committees and "Dân vận khéo" models. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'steering.manage': ['admin', 'steering'],
  /** Register a "Dân vận khéo" model of one's unit. */
  'model.register': ['admin', 'official', 'union'],
  /** Evaluate / commend models of the units below (steering). */
  'model.evaluate': ['admin', 'steering'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
