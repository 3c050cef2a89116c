// Who may do what in this module: evaluation and classification of units and committees below by a steering
// committee. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  /** Evaluate (classify) a unit below, or its committee, for a year; replace an evaluation with a reason. */
  'evaluation.record': ['admin', 'steering'],
  /** Read the classification of the units below (the committee) or of one's own unit (its officials). */
  'evaluation.read': ['admin', 'steering', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
