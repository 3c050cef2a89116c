// Who may do what in this module: Indicators and the periodic report. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'report.read': ['admin', 'official', 'steering'],
  'report.edit': ['admin', 'official', 'steering'],
  // Who writes the report as the steering committee by default (its issuer block; the People's Committee otherwise).
  'report.sign_for_steering': ['steering'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
