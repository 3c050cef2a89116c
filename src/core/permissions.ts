// One permission matrix: which roles may do which action. A role granted on a unit applies to that unit and to
// every unit below it (roles inherit downward); never upward, never sideways.
//
// Core declares its own actions below; each module declares its actions in its manifest (`permissions`, from its
// `permissions.ts`) and names them for the type checker by augmenting `ActionRegistry`:
//
//   export const PERMISSIONS = { 'case.handle': ['admin', 'official'] } as const satisfies ActionMatrix;
//   declare module '../../core/permissions.ts' { interface ActionRegistry extends ActionsOf<typeof PERMISSIONS> {} }
//
// `installModules()` (core/module.ts) puts every declared action into the one matrix at start. Nothing outside this
// file tests a role name to decide what someone may do: it asks `can` / `requirePermission` / `scopesFor`.
import type { Actor, RoleGrant } from './context.ts';
import type { Role } from './schema.ts';
import { forbidden, unauthorized } from './refusal.ts';

export const ROLES: readonly Role[] = ['admin', 'official', 'village_head', 'resident', 'board_member', 'steering', 'union'];

/** Which roles may perform each action. */
export type ActionMatrix = Readonly<Record<string, readonly Role[]>>;

/** The names of the actions a matrix declares (for augmenting `ActionRegistry`). */
export type ActionsOf<M extends ActionMatrix> = { readonly [K in keyof M & string]: true };

/** Every action of the platform, by name: core's below, the modules' added by declaration merging. */
export interface ActionRegistry extends ActionsOf<typeof CORE_PERMISSIONS> {}

export type Action = keyof ActionRegistry & string;

/** Core's own actions: reading the audit log, private attachments, the legal calendar. */
const CORE_PERMISSIONS = {
  'audit.read': ['admin', 'official', 'steering', 'board_member'],
  /** Reading private attachments of a unit (public ones are open to everyone). */
  'attachment.read': ['admin', 'official', 'steering'],
  /** Loading the official holiday schedule of a year. */
  'calendar.manage': ['admin'],
} as const satisfies ActionMatrix;

const matrix = new Map<string, { roles: readonly Role[]; owner: string }>();

/** Adds a module's actions to the matrix. The same action declared twice must name the same roles. */
export function installActions(owner: string, actions: ActionMatrix): void {
  for (const [action, roles] of Object.entries(actions)) {
    const known = matrix.get(action);
    if (known && (known.roles.length !== roles.length || known.roles.some((r, i) => r !== roles[i]))) {
      throw new Error(`permission "${action}" declared differently by ${known.owner} and ${owner}`);
    }
    if (!known) matrix.set(action, { roles, owner });
  }
}
installActions('core', CORE_PERMISSIONS);

/** The roles that may perform an action (e.g. to find the users who may answer a question). */
export function rolesFor(action: Action): readonly Role[] {
  const a = matrix.get(action);
  if (!a) throw new Error(`permission "${action}" is declared by no installed module`);
  return a.roles;
}

/** The actions of the matrix, with their roles (for tests and documentation). */
export function permissionMatrix(): ReadonlyMap<string, readonly Role[]> {
  return new Map([...matrix].map(([k, v]) => [k, v.roles]));
}

/** True when `grantPath` is the target unit or one of its ancestors. Paths look like '/1/5/23/'. */
export function coversUnit(grantPath: string, targetPath: string): boolean {
  return targetPath.startsWith(grantPath);
}

export function grantsAllow(grants: readonly RoleGrant[], action: Action, targetPath: string): boolean {
  const allowed = rolesFor(action);
  return grants.some((g) => allowed.includes(g.role) && coversUnit(g.unitPath, targetPath));
}

export function can(actor: Actor | null, action: Action, targetPath: string): boolean {
  return !!actor && grantsAllow(actor.grants, action, targetPath);
}

/** Throws 401 when nobody is logged in, 403 when the actor's roles do not cover the unit. */
export function requirePermission(actor: Actor | null, action: Action, targetPath: string): Actor {
  if (!actor) throw unauthorized();
  if (!grantsAllow(actor.grants, action, targetPath)) throw forbidden();
  return actor;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthorized();
  return actor;
}

/** Units (as paths) where the actor may perform the action: for scoping lists. */
export function scopesFor(actor: Actor | null, action: Action): string[] {
  if (!actor) return [];
  const allowed = rolesFor(action);
  return actor.grants.filter((g) => allowed.includes(g.role)).map((g) => g.unitPath);
}

/**
 * What the actor may do, as the web asks it: each action → the units (ids, as strings) of the grants that allow
 * it there (and below). Actions allowed nowhere are left out.
 */
export function permittedUnits(actor: Actor | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!actor) return out;
  for (const [action, { roles }] of matrix) {
    const units = [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => String(g.unitId)))];
    if (units.length) out[action] = units;
  }
  return out;
}
