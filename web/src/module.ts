// How a module of the web app declares itself (web/src/<m>/index.ts), mirroring the server's manifests: its screens
// (routes), its messages (an i18next namespace named after the module) and its cards on the home page.
// web/src/modules.ts lists them; the router, i18n and the home page read that list and name no module.
import type { ReactElement } from 'react';

export interface AppRoute {
  path: string;
  element: ReactElement;
  /**
   * Shown in the main navigation when set: i18n key ('ns:key'); to everyone (`public`), or to those who may do one
   * of `anyOf` (permission actions of the server's matrix, as /me reports them) somewhere.
   */
  nav?: { label: string; public?: boolean; anyOf?: string[] };
}

/** A shortcut on the home page: common:tasks.<key>.title / .desc, linking to `to`. */
export interface HomeCard {
  key: string;
  to: string;
  /** An <Icon> name. */
  icon: string;
  /** Offered in a role's section when that role may do this action on its unit; without it, to every role. */
  action?: string;
  /** Only for roles on units of these kinds (e.g. entering paper ballots happens in a village). */
  unitKinds?: string[];
  /** A card of the public home (visitors not signed in) instead of the role sections. */
  public?: boolean;
}

/**
 * The cards of one role section: the cards its grant allows, the first card per destination (a module lists its
 * cards from the most specific), in the order of the modules.
 */
export function cardsFor(cards: readonly HomeCard[], grant: { unitId: string; unitKind: string | null }, can: (action: string, unitId: string) => boolean): HomeCard[] {
  const out: HomeCard[] = [];
  for (const c of cards) {
    if (c.public || out.some((o) => o.to === c.to)) continue;
    if (c.unitKinds && !(grant.unitKind && c.unitKinds.includes(grant.unitKind))) continue;
    if (c.action && !can(c.action, grant.unitId)) continue;
    out.push(c);
  }
  return out;
}

export interface WebModule {
  name: string;
  routes: AppRoute[];
  /** The module's i18next namespace: the same keys in Vietnamese and English (test/unit/i18n.test.ts). */
  messages: { vi: object; en: object };
  homeCards?: HomeCard[];
}
