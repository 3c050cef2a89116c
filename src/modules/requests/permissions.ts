// Who may do what in this module: requests of a steering committee and the units' submissions. Part of the one
// matrix (core/permissions.ts).
import type { ActionMatrix, ActionsOf } from '../../core/permissions.ts';

export const PERMISSIONS = {
  /** Issue a request to the units below, remind them, return a submission, read the whole submissions table. */
  'request.issue': ['admin', 'steering'],
  /**
   * Submit the unit's self-inspection / report and read what is asked of it. Communes and agencies answer through
   * their officials (`official`); an enterprise through its trade union's account (`union`), the only account an
   * enterprise has on the platform (src/modules/units/demo.ts: congdoan.hunglong).
   */
  'request.submit': ['admin', 'official', 'union'],
} as const satisfies ActionMatrix;

declare module '../../core/permissions.ts' {
  interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {}
}
