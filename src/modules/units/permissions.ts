// Who may do what in this module: People, households, units and accounts. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'unit.create': ['admin', 'official'],
  'unit.update': ['admin', 'official'],
  'household.create': ['admin', 'official', 'village_head'],
  'household.list': ['admin', 'official', 'village_head', 'steering'],
  'user.create': ['admin', 'official'],
  /** Granting the admin or steering role. */
  'user.grant_privileged': ['admin'],
  'user.list': ['admin', 'official'],
  'import.run': ['admin', 'official'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
