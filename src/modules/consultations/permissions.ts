// Who may do what in this module: Consultations (dân tham gia ý kiến). Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'consultation.open': ['admin', 'official'],
  'consultation.enter_opinion': ['admin', 'official', 'village_head'],
  'consultation.respond': ['admin', 'official'],
  /** Giving one's own opinion online (a resident of the consultation's area). */
  'consultation.give_opinion': ['resident', 'village_head'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
