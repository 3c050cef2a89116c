// Reads of citizen reception: the leaders' published schedule (public) with the weeks or months that fall short of
// the law, and the unit's session log (officials who manage reception).
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { encodeCursor } from '../../../core/http.ts';
import { can, requirePermission } from '../../../core/permissions.ts';
import { unwrap } from '../../../core/refusal.ts';
import { getUnit, unitSettings } from '../../units/index.ts';
import { receptionLegalSource, receptionShortfalls, scheduleWindow, shortfallMessage, unitReceptionRequirement } from '../rules/index.ts';
import * as store from '../store/reception.ts';

/** GET /reception/schedule: the schedule from `from` to `to` (four weeks from today by default). */
export async function publishedSchedule(ctx: Ctx, unitId: number, from?: string, to?: string) {
  const u = await getUnit(ctx.db, unitId);
  const window = unwrap(scheduleWindow(todayVn(ctx.now), from, to));
  const rows = await store.scheduleOf(ctx.db, unitId, window.from, window.to);
  const req = unitReceptionRequirement(u.kind, await unitSettings(ctx.db, u.id));
  const chairDays = rows.filter((r) => r.is_chair).map((r) => r.day);
  const short = req ? receptionShortfalls(req, chairDays, window.from, window.to) : [];
  return {
    unitId: String(u.id),
    unitName: u.name,
    from: window.from,
    to: window.to,
    requirement: req ? { period: req.period, days: req.days, legalSource: receptionLegalSource(u.kind) } : null,
    warnings: short.map((s) => ({ period: s.period, scheduled: s.scheduled, required: s.required, message: shortfallMessage(req!.period, s) })),
    items: rows.map((r) => ({
      id: String(r.id),
      day: r.day,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      leaderName: r.leader_name,
      leaderTitle: r.leader_title,
      isChair: r.is_chair,
      place: r.place,
    })),
    can: { manage: can(ctx.actor, 'reception.manage', u.path) },
  };
}

/** GET /reception/sessions: the unit's session log, newest first. */
export async function listSessions(ctx: Ctx, unitId: number, offset: number, limit: number) {
  const u = await getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'reception.manage', u.path);
  const rows = await store.sessionsOf(ctx.db, unitId, offset, limit);
  const more = rows.length > limit;
  return {
    items: (more ? rows.slice(0, limit) : rows).map((r) => ({
      id: String(r.id),
      heldOn: r.held_on,
      receiverName: r.receiver_name,
      visitorName: r.visitor_name,
      visitorCount: r.visitor_count,
      topic: r.topic,
      caseType: r.case_type,
      outcome: r.outcome,
      caseId: r.case_id === null ? null : String(r.case_id),
      trackingCode: r.tracking_code,
    })),
    nextCursor: more ? encodeCursor(offset + limit) : null,
  };
}
