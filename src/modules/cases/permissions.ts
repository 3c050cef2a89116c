// Who may do what in this module: Feedback, petitions, complaints, denunciations and citizen reception. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'case.handle': ['admin', 'official'],
  'case.list': ['admin', 'official', 'steering'],
  'reception.manage': ['admin', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
