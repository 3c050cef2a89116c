// Reads of cases for officials: one case with its history (the sender only for those who may see it), the
// handlers it may be assigned to, and the case as it stands after an action.
import { calendarFor } from '../../../core/calendar/schedules.ts';
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { can, requirePermission, rolesFor } from '../../../core/permissions.ts';
import { usersWithRolesOver } from '../../units/index.ts';
import { readSenderIdentity } from '../identity.ts';
import { allowedActions } from '../rules/index.ts';
import * as store from '../store/cases.ts';
import { caseView, eventLabel, type CaseView } from '../views.ts';

const assigneeViews = (list: store.Assignee[] | undefined) => (list ?? []).map((a) => ({ id: String(a.id), name: a.name }));

/** GET /cases/:id: for those who may list the unit's cases; the sender as identity.ts allows. */
export async function getCaseDetail(ctx: Ctx, id: number) {
  const c = await store.getCase(ctx.db, id);
  requirePermission(ctx.actor, 'case.list', c.unit_path);
  return detailOf(ctx, c);
}

async function detailOf(ctx: Ctx, c: store.CaseRow) {
  const cal = await calendarFor(ctx.db);
  const identity = await readSenderIdentity(ctx, c);
  const [assigned, evs] = await Promise.all([store.assignees(ctx.db, [c.id]), store.events(ctx.db, c.id)]);
  const actions = can(ctx.actor, 'case.handle', c.unit_path) ? allowedActions(c.type, c.status) : [];
  return {
    ...caseView(cal, todayVn(ctx.now), c),
    content: c.content,
    sender: identity.sender,
    senderProtected: identity.protected,
    assignees: assigneeViews(assigned.get(c.id)),
    allowedActions: actions,
    history: evs.map((e) => ({
      at: new Date(e.at).toISOString(),
      date: e.on_date,
      action: e.action,
      label: eventLabel(e.action),
      note: e.note,
      actorName: e.actor_name,
    })),
    can: { act: actions.length > 0, assign: actions.includes('assign'), seeSender: identity.granted },
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;
/** After an action: the whole case, or — when it left the actor's reach (transferred away) — how it now stands. */
export type CaseAfterAction = CaseDetail | (CaseView & { can: CaseDetail['can'] });

export async function caseAfterAction(ctx: Ctx, id: number): Promise<CaseAfterAction> {
  const c = await store.getCase(ctx.db, id);
  if (can(ctx.actor, 'case.list', c.unit_path)) return detailOf(ctx, c);
  const cal = await calendarFor(ctx.db);
  return { ...caseView(cal, todayVn(ctx.now), c), can: { act: false, assign: false, seeSender: false } };
}

/** GET /cases/:id/handlers: the officials the case may be assigned to. */
export async function caseHandlers(ctx: Ctx, id: number) {
  const c = await store.getCase(ctx.db, id);
  requirePermission(ctx.actor, 'case.handle', c.unit_path);
  const rows = await usersWithRolesOver(ctx.db, c.unit_path, rolesFor('case.handle'));
  return { items: rows.map((r) => ({ id: String(r.id), name: r.name, username: r.username })) };
}
