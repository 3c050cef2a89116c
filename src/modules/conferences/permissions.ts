// Who may do what in this module: Staff and worker conferences, dialogues, village meetings; the steering committee's
// reviews, briefings and training. Part of the one matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  'conference.record': ['admin', 'official', 'union'],
  /** Record the steering committee's reviews (sơ kết, tổng kết) and quarterly briefings: the committee acts. */
  'conference.record_steering': ['admin', 'steering'],
  /** Record a training session on grassroots democracy: the committee, or the unit's officials who hold one. */
  'conference.record_training': ['admin', 'official', 'steering'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
