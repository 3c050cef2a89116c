// Citizen reception (tiếp công dân, spec §7): the leaders' published schedule with its legal-frequency check, and
// the session log (sổ tiếp công dân, Mẫu 03/TCD, NĐ 154/2026); a session can open a case.
import { audit } from '../../core/audit.ts';
import { addDays, compareDates, toVietnameseDate } from '../../core/calendar/index.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest, notFound, unprocessable } from '../../core/refusal.ts';
import { requirePermission } from '../../core/permissions.ts';
import { receptionRequirement, receptionShortfalls, type CaseType } from './rules.ts';
import * as store from './store.ts';
import { submitCase, type SubmitInput, type Submitted } from './commands.ts';

async function unitOf(ctx: Ctx, unitId: number) {
  const u = await ctx.db.selectFrom('units').select(['id', 'kind', 'name', 'path', 'settings']).where('id', '=', unitId).executeTakeFirst();
  if (!u) throw notFound('Đơn vị');
  return u;
}

export interface ScheduleInput {
  unitId: number;
  day: string;
  startsAt: string;
  endsAt: string;
  leaderName: string;
  leaderTitle: string;
  isChair?: boolean;
  place: string;
}

export async function addScheduleEntry(ctx: Ctx, input: ScheduleInput) {
  return inTransaction(ctx, async (tx) => {
    const u = await unitOf(tx, input.unitId);
    requirePermission(tx.actor, 'reception.manage', u.path);
    if (input.endsAt <= input.startsAt) throw badRequest('VALIDATION_ERROR', 'Giờ kết thúc phải sau giờ bắt đầu.');
    const leaderName = input.leaderName.trim();
    const leaderTitle = input.leaderTitle.trim();
    const place = input.place.trim();
    if (!leaderName || !leaderTitle || !place) throw badRequest('VALIDATION_ERROR', 'Cần nhập họ tên, chức vụ người tiếp và địa điểm tiếp công dân.');
    const row = await store.insertSchedule(tx.db, { ...input, leaderName, leaderTitle, place, isChair: input.isChair ?? true });
    await audit(tx, {
      action: 'reception.schedule_add',
      targetType: 'reception_schedule',
      targetId: row.id,
      unitId: u.id,
      data: { day: row.day, startsAt: row.starts_at, endsAt: row.ends_at, leaderName, leaderTitle, place },
    });
    return row;
  });
}

/** Default window of the published schedule: four weeks from today. */
export const SCHEDULE_WINDOW_DAYS = 27;

export async function publishedSchedule(ctx: Ctx, unitId: number, from?: string, to?: string) {
  const u = await unitOf(ctx, unitId);
  const today = todayVn(ctx.now);
  const f = from ?? today;
  const t = to ?? addDays(f, SCHEDULE_WINDOW_DAYS);
  if (compareDates(t, f) < 0) throw badRequest('VALIDATION_ERROR', 'Ngày kết thúc phải sau ngày bắt đầu.');
  if (compareDates(t, addDays(f, 400)) > 0) throw badRequest('VALIDATION_ERROR', 'Khoảng thời gian tối đa là 400 ngày.');
  const rows = await store.scheduleOf(ctx.db, unitId, f, t);
  const settings = (u.settings ?? {}) as Record<string, unknown>;
  const override = typeof settings.receptionChairDays === 'number' ? { days: settings.receptionChairDays as number } : undefined;
  const req = receptionRequirement(u.kind, override);
  const chairDays = rows.filter((r) => r.is_chair).map((r) => r.day);
  const short = req ? receptionShortfalls(req, chairDays, f, t) : [];
  const source =
    u.kind === 'commune'
      ? 'Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d: Chủ tịch UBND cấp xã tiếp công dân ít nhất 01 ngày trong 01 tuần.'
      : u.kind === 'province'
        ? 'Luật Tiếp công dân 2013, Điều 12 khoản 5: Chủ tịch UBND cấp tỉnh tiếp công dân ít nhất 01 ngày trong 01 tháng.'
        : 'Nghị định 154/2026/NĐ-CP, Điều 10 khoản 2: người đứng đầu tiếp công dân ít nhất 01 ngày trong 01 tháng.';
  return {
    unitId: String(u.id),
    unitName: u.name,
    from: f,
    to: t,
    requirement: req ? { period: req.period, days: req.days, legalSource: source } : null,
    warnings: short.map((s) => ({
      period: s.period,
      scheduled: s.scheduled,
      required: s.required,
      message:
        req?.period === 'week'
          ? `Tuần từ ${toVietnameseDate(s.period)}: lãnh đạo mới có ${s.scheduled}/${s.required} ngày tiếp công dân theo lịch.`
          : `Tháng ${s.period.slice(5, 7)}/${s.period.slice(0, 4)}: lãnh đạo mới có ${s.scheduled}/${s.required} ngày tiếp công dân theo lịch.`,
    })),
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
  };
}

export interface SessionInput {
  unitId: number;
  heldOn: string;
  scheduleId?: number;
  receiverName: string;
  visitorName?: string;
  visitorCount?: number;
  topic: string;
  caseType?: CaseType;
  outcome?: string;
  openCase?: Omit<SubmitInput, 'unitId' | 'channel' | 'receivedOn' | 'idempotencyKey' | 'receptionSessionId'>;
}

export async function logSession(ctx: Ctx, input: SessionInput): Promise<{ session: { id: string; caseId: string | null }; case: Submitted | null }> {
  return inTransaction(ctx, async (tx) => {
    const u = await unitOf(tx, input.unitId);
    requirePermission(tx.actor, 'reception.manage', u.path);
    const today = todayVn(tx.now);
    if (compareDates(input.heldOn, today) > 0) throw unprocessable('DATE_IN_FUTURE', 'Ngày tiếp công dân không được sau ngày hôm nay.');
    if (input.scheduleId !== undefined) {
      const s = await tx.db.selectFrom('reception_schedule').select(['unit_id']).where('id', '=', input.scheduleId).executeTakeFirst();
      if (!s || s.unit_id !== u.id) throw notFound('Lịch tiếp công dân');
    }
    const caseType = input.openCase?.type ?? input.caseType ?? null;
    // A denouncer's identity is kept in the case only: the session log does not record who came.
    const visitorName = caseType === 'denunciation' ? null : (input.visitorName?.trim() || input.openCase?.sender.name.trim() || null);
    const session = await store.insertSession(tx.db, {
      unitId: u.id,
      scheduleId: input.scheduleId ?? null,
      heldOn: input.heldOn,
      receiverName: input.receiverName.trim(),
      visitorName,
      visitorCount: input.visitorCount ?? 1,
      topic: input.topic.trim(),
      caseType,
      outcome: input.outcome?.trim() || null,
    });
    let opened: Submitted | null = null;
    if (input.openCase) {
      opened = await submitCase(tx, { ...input.openCase, unitId: u.id, channel: 'reception', receivedOn: input.heldOn, receptionSessionId: session.id });
      await store.setSessionCase(tx.db, session.id, opened.row.id);
    }
    await audit(tx, {
      action: 'reception.session_log',
      targetType: 'reception_session',
      targetId: session.id,
      unitId: u.id,
      data: { heldOn: input.heldOn, caseType, visitorCount: session.visitor_count, caseId: opened ? String(opened.row.id) : null },
    });
    return { session: { id: String(session.id), caseId: opened ? String(opened.row.id) : null }, case: opened };
  });
}

export async function listSessions(ctx: Ctx, unitId: number, offset: number, limit: number) {
  const u = await unitOf(ctx, unitId);
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
    nextCursor: more ? Buffer.from(String(offset + limit)).toString('base64url') : null,
  };
}
