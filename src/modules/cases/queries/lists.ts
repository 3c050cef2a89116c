// Lists of cases for officials and leaders: the queue (sorted by due date, never a denouncer's name), the counts of
// a unit and its units below (open, overdue, due soon), and the CSV export without any sender.
import { addWorkingDays } from '../../../core/calendar/index.ts';
import { calendarFor } from '../../../core/calendar/schedules.ts';
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { formatDate } from '../../../core/format.ts';
import { encodeCursor } from '../../../core/http.ts';
import { can, requirePermission, scopesFor } from '../../../core/permissions.ts';
import { forbidden } from '../../../core/refusal.ts';
import { childUnits, getUnit } from '../../units/index.ts';
import { senderNamesForList } from '../identity.ts';
import { OPEN_STATUSES, WARNING_WORKING_DAYS, type CaseStatus, type CaseType } from '../rules/index.ts';
import * as store from '../store/cases.ts';
import { caseView } from '../views.ts';

export interface ListInput {
  unitId?: number;
  /** A status, or 'open' for the cases still being handled. */
  status?: CaseStatus | 'open';
  type?: CaseType;
  overdue?: boolean;
  q?: string;
  /** Only the cases assigned to the actor. */
  mine?: boolean;
  offset: number;
  limit: number;
}

/** The units (paths) whose cases the actor asks for: one unit they may list, or every unit they may list. */
async function listScope(ctx: Ctx, unitId: number | undefined): Promise<string[]> {
  if (unitId !== undefined) {
    const u = await getUnit(ctx.db, unitId);
    requirePermission(ctx.actor, 'case.list', u.path);
    return [u.path];
  }
  const paths = ctx.actor ? scopesFor(ctx.actor, 'case.list') : [];
  if (!paths.length) throw forbidden();
  return paths;
}

/** GET /cases: a page of cases, open ones first by due date. Sender names only for officials who handle the case. */
export async function listCases(ctx: Ctx, q: ListInput) {
  const paths = await listScope(ctx, q.unitId);
  const status = q.status === 'open' ? [...OPEN_STATUSES] : q.status ? [q.status] : undefined;
  const today = todayVn(ctx.now);
  const rows = await store.listCases(ctx.db, {
    paths,
    status,
    type: q.type,
    overdue: q.overdue,
    today,
    q: q.q,
    assignedTo: q.mine ? ctx.actor!.userId : undefined,
    offset: q.offset,
    limit: q.limit,
  });
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const cal = await calendarFor(ctx.db);
  // Never a denouncer's name: identity.ts leaves denunciations out, and so does this answer.
  const names = await senderNamesForList(ctx.db, page.filter((c) => can(ctx.actor, 'case.handle', c.unit_path)).map((c) => c.id));
  const assigned = await store.assignees(ctx.db, page.map((c) => c.id));
  return {
    items: page.map((c) => ({
      ...caseView(cal, today, c),
      senderName: c.type === 'denunciation' ? null : (names.get(c.id) ?? null),
      assignees: (assigned.get(c.id) ?? []).map((a) => ({ id: String(a.id), name: a.name })),
    })),
    nextCursor: more ? encodeCursor(q.offset + q.limit) : null,
  };
}

/** GET /cases/summary: counts of the unit's own cases and of each unit right below it (with its whole subtree). */
export async function casesSummary(ctx: Ctx, unitId: number) {
  const u = await getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'case.list', u.path);
  const cal = await calendarFor(ctx.db);
  const today = todayVn(ctx.now);
  const children = await childUnits(ctx.db, unitId);
  const units = [u, ...children];
  const scopes = units.map((x) => ({ unitId: x.id, path: x.path, exact: x.id === u.id }));
  const counts = await store.countsByScope(ctx.db, scopes, today, addWorkingDays(cal, today, WARNING_WORKING_DAYS));
  const rows = units.map((x) => {
    const n = counts.get(x.id) ?? { open: 0, overdue: 0, due_soon: 0, resolved: 0, total: 0 };
    return { unitId: String(x.id), name: x.name, kind: x.kind, open: n.open, overdue: n.overdue, dueSoon: n.due_soon, resolved: n.resolved, total: n.total };
  });
  const sum = (k: 'open' | 'overdue' | 'dueSoon' | 'resolved' | 'total') => rows.reduce((s, r) => s + r[k], 0);
  return {
    unitId: String(unitId),
    name: u.name,
    asOf: today,
    totals: { open: sum('open'), overdue: sum('overdue'), dueSoon: sum('dueSoon'), resolved: sum('resolved'), total: sum('total') },
    own: rows[0] ?? null,
    children: rows.slice(1),
  };
}

const EXPORT_PAGE = 500;
const CSV_HEADER = ['Mã tra cứu', 'Loại đơn', 'Trạng thái', 'Ngày nhận', 'Hạn thụ lý', 'Hạn giải quyết', 'Quá hạn (ngày)', 'Trích yếu'];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const vnDate = (d: string | null | undefined) => (d ? formatDate(d) : '');

/** GET /cases/export.csv: the unit's cases as CSV (UTF-8 with BOM, for spreadsheets), without any sender. */
export async function exportCasesCsv(ctx: Ctx, unitId: number, status: ListInput['status']): Promise<string> {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await listCases(ctx, { unitId, status, offset, limit: EXPORT_PAGE });
    for (const c of page.items) {
      const cells = [c.trackingCode, c.typeLabel, c.statusLabel, vnDate(c.receivedOn), vnDate(c.dueDates.accept), vnDate(c.dueDates.resolve), c.daysOverdue || '', c.subject];
      lines.push(cells.map(csvCell).join(','));
    }
    if (!page.nextCursor) break;
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
