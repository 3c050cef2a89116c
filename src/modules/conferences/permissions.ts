// Who may do what in this module: Staff and worker conferences, dialogues, village meetings. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'conference.record': ['admin', 'official', 'union'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
