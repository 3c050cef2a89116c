// All permissions in one place: which roles may do which action. A role granted on a unit applies to that
// unit and to every unit below it (roles inherit downward); never upward, never sideways.
import type { Actor, RoleGrant } from './context.ts';
import type { Role } from './schema.ts';
import { forbidden, unauthorized } from './refusal.ts';

export const ROLES: readonly Role[] = ['admin', 'official', 'village_head', 'resident', 'board_member', 'steering', 'union'];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  official: { vi: 'Cán bộ, công chức', en: 'Official' },
  village_head: { vi: 'Trưởng thôn, tổ trưởng tổ dân phố', en: 'Village head' },
  resident: { vi: 'Người dân', en: 'Resident' },
  board_member: { vi: 'Thành viên Ban TTND / Ban GSĐTCĐ', en: 'Board member' },
  steering: { vi: 'Ban Chỉ đạo', en: 'Steering committee' },
  union: { vi: 'Công đoàn', en: 'Trade union' },
};

/** The matrix. Add an action here, never check a role name anywhere else. */
export const PERMISSIONS = {
  'unit.create': ['admin', 'official'],
  'unit.update': ['admin', 'official'],
  'household.create': ['admin', 'official', 'village_head'],
  'household.list': ['admin', 'official', 'village_head', 'steering'],
  'user.create': ['admin', 'official'],
  /** Granting the admin or steering role. */
  'user.grant_privileged': ['admin'],
  'user.list': ['admin', 'official'],
  'audit.read': ['admin', 'official', 'steering', 'board_member'],
  'settings.manage': ['admin', 'official'],
  'calendar.manage': ['admin'],
  'import.run': ['admin', 'official'],
  'disclosure.publish': ['admin', 'official'],
  'disclosure.answer': ['admin', 'official'],
  /** Recording a posting (niêm yết) of a disclosure at a place of one's unit, e.g. a village cultural house. */
  'disclosure.record_posting': ['admin', 'official', 'village_head'],
  /** Compliance of a unit's disclosures (which mandatory categories were disclosed, late, missing). */
  'disclosure.compliance': ['admin', 'official', 'steering'],
  /** Reading private attachments of a unit (public ones are open to everyone). */
  'attachment.read': ['admin', 'official', 'steering'],
  'decision.open': ['admin', 'official', 'village_head'],
  'decision.enter_ballot': ['admin', 'official', 'village_head'],
  'decision.view_participation': ['admin', 'official', 'village_head'],
  'decision.recognise': ['admin', 'official'],
  'consultation.open': ['admin', 'official'],
  'consultation.enter_opinion': ['admin', 'official', 'village_head'],
  'consultation.respond': ['admin', 'official'],
  /** Giving one's own opinion online (a resident of the consultation's area). */
  'consultation.give_opinion': ['resident', 'village_head'],
  'case.handle': ['admin', 'official'],
  'case.list': ['admin', 'official', 'steering'],
  'reception.manage': ['admin', 'official'],
  'conference.record': ['admin', 'official', 'union'],
  'oversight.record': ['admin', 'board_member'],
  'oversight.answer': ['admin', 'official'],
  'report.read': ['admin', 'official', 'steering'],
  'report.edit': ['admin', 'official', 'steering'],
  'steering.manage': ['admin', 'steering'],
  /** Register a "Dân vận khéo" model of one's unit; evaluate / commend models of the units below (steering). */
  'model.register': ['admin', 'official', 'union'],
  'model.evaluate': ['admin', 'steering'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** True when `grantPath` is the target unit or one of its ancestors. Paths look like '/1/5/23/'. */
export function coversUnit(grantPath: string, targetPath: string): boolean {
  return targetPath.startsWith(grantPath);
}

export function grantsAllow(grants: readonly RoleGrant[], action: Action, targetPath: string): boolean {
  const allowed = PERMISSIONS[action] as readonly Role[];
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
  const allowed = PERMISSIONS[action] as readonly Role[];
  return actor.grants.filter((g) => allowed.includes(g.role)).map((g) => g.unitPath);
}
