// Who may do what in this module: inspections of units below by a steering committee. Part of the one matrix
// (core/permissions.ts). The answer to an inspection's recommendation is the oversight module's `oversight.answer`.
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  /** Plan an inspection of a unit below, record its result and conclusion (the committee of the unit). */
  'inspection.record': ['admin', 'steering'],
  /** Read the inspections of a committee, or those of one's own unit (its officials). */
  'inspection.read': ['admin', 'steering', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
