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
  /** Offered in a role's section when that role may do this action on its unit; without it, offered to everyone signed in. */
  action?: string;
  /** Only for roles on units of these kinds (e.g. entering paper ballots happens in a village). */
  unitKinds?: string[];
  /** Also offered to visitors who are not signed in. */
  public?: boolean;
}

export interface WebModule {
  name: string;
  routes: AppRoute[];
  /** The module's i18next namespace: the same keys in Vietnamese and English (test/unit/i18n.test.ts). */
  messages: { vi: object; en: object };
  homeCards?: HomeCard[];
}
