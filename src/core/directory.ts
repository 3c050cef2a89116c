// What core needs to know of people, places and accounts — and nothing more. The tables of units, households,
// people and accounts belong to one module (units), which provides this directory in its manifest; core (sessions,
// login, attachments, the audit log) asks it instead of reading those tables.
import type { Actor } from './context.ts';
import type { Db } from './db.ts';

export interface LoginRecord {
  userId: number;
  passwordHash: string;
  disabled: boolean;
}

export interface Directory {
  /** The actor of a user (name, household, role grants with their units' paths); null when unknown or disabled. */
  loadActor(db: Db, userId: number): Promise<Actor | null>;
  /** The login record of a username (already trimmed and lower-cased). */
  findLogin(db: Db, username: string): Promise<LoginRecord | null>;
  /** The materialised path of a unit ('/1/5/23/'); null when there is no such unit. */
  unitPath(db: Db, unitId: number): Promise<string | null>;
}

let installed: Directory | null = null;

export function installDirectory(d: Directory): void {
  installed = d;
}

/** The installed directory (installModules() puts it in place at start). */
export function directory(): Directory {
  if (!installed) throw new Error('no directory installed: call installModules() first');
  return installed;
}
