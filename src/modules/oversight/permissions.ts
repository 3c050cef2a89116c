// Who may do what in this module: Supervision by the People's Inspection Board and the Investment Supervision Board. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'oversight.record': ['admin', 'board_member'],
  'oversight.answer': ['admin', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
