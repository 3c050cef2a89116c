// Who may do what in this module: Household decisions (dân bàn và quyết định). Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'decision.open': ['admin', 'official', 'village_head'],
  'decision.enter_ballot': ['admin', 'official', 'village_head'],
  'decision.view_participation': ['admin', 'official', 'village_head'],
  'decision.recognise': ['admin', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
