// Who may do what in this module: Disclosures (dân biết). Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'disclosure.publish': ['admin', 'official'],
  'disclosure.answer': ['admin', 'official'],
  /** Recording a posting (niêm yết) of a disclosure at a place of one's unit, e.g. a village cultural house. */
  'disclosure.record_posting': ['admin', 'official', 'village_head'],
  /** Compliance of a unit's disclosures (which mandatory categories were disclosed, late, missing). */
  'disclosure.compliance': ['admin', 'official', 'steering'],
  /** A unit's disclosure settings (posting places, channels). */
  'settings.manage': ['admin', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
