// Paragraphs of the report's part II (leadership and direction) written from the committee's own records of the
// reported unit: the committee kept up to date (members, changes in the period, working rules) and the year's work
// programme (tasks, done, overdue at the end of the period). Bounded by the records of the unit itself.
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { formatDate, formatInt } from '../../../core/format.ts';
import type { ReportNote, ReportScope } from '../../../core/module.ts';
import { can } from '../../../core/permissions.ts';
import { progress, taskStatus } from '../rules.ts';
import * as store from '../store/programmes.ts';
import { committeeSummary } from './committees.ts';

type Summary = NonNullable<Awaited<ReturnType<typeof committeeSummary>>>;

/** "… có 8 thành viên, đồng chí Trần Văn Quyết làm Trưởng ban; trong kỳ bổ sung 1, thay đổi 2, thôi 1 thành viên." */
export function committeeParagraph(c: Summary, from: string, to: string): string | null {
  const members = c.members.filter((m) => m.from_on <= to && (!m.to_on || m.to_on > to));
  if (!members.length) return null;
  const head = members.find((m) => m.role === 'head');
  const firstOn = c.members.reduce((min, m) => (m.from_on < min ? m.from_on : min), c.members[0]!.from_on);
  const inPeriod = c.events.filter((e) => e.on_date >= from && e.on_date <= to && e.on_date > firstOn);
  const n = (k: string) => new Set(inPeriod.filter((e) => e.kind === k).map((e) => e.member_id)).size;
  const changes = [n('added') ? `bổ sung ${formatInt(n('added'))}` : '', n('changed') ? `thay đổi ${formatInt(n('changed'))}` : '', n('removed') ? `thôi ${formatInt(n('removed'))}` : ''].filter(Boolean);
  const established = firstOn >= from && firstOn <= to ? `được thành lập ngày ${formatDate(firstOn)}, ` : '';
  return (
    `${c.name} ${established}có ${formatInt(members.length)} thành viên${head ? `, đồng chí ${head.name} làm Trưởng ban` : ''}` +
    `${changes.length ? `; trong kỳ đã củng cố, kiện toàn: ${changes.join(', ')} thành viên` : ''}.`
  );
}

/** "Ban Chỉ đạo đã ban hành Chương trình công tác năm 2026 với 10 nhiệm vụ; đến ngày 30/06/2026 đã hoàn thành 4, 1 nhiệm vụ quá hạn." */
async function programmeParagraphs(ctx: Ctx, unitId: number, from: string, to: string): Promise<string[]> {
  const asOf = to < todayVn(ctx.now) ? to : todayVn(ctx.now);
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  const programmes = (await store.listProgrammes(ctx.db, unitId)).filter((p) => years.has(p.year) && p.issued_on <= to).reverse();
  const tasks = await store.listTasks(ctx.db, programmes.map((p) => p.id));
  return programmes.map((p) => {
    // Every task of the programme, with its state at the end of the period (a task's business date is its due date;
    // when it was typed in says nothing to the report).
    const own = tasks.filter((t) => t.programme_id === p.id);
    const pr = progress(own.map((t) => taskStatus({ dueOn: t.due_on, doneOn: t.done_on && t.done_on <= asOf ? t.done_on : null }, asOf)));
    const state = [pr.done ? `đã hoàn thành ${formatInt(pr.done)} nhiệm vụ` : '', pr.overdue ? `${formatInt(pr.overdue)} nhiệm vụ quá hạn chưa hoàn thành` : ''].filter(Boolean);
    const number = p.number ? ` số ${p.number}/CTr-BCĐ` : '';
    return (
      `Ban Chỉ đạo đã ban hành Chương trình công tác năm ${p.year}${number} ngày ${formatDate(p.issued_on)}${pr.tasks ? ` với ${formatInt(pr.tasks)} nhiệm vụ` : ''}` +
      `${state.length ? `; đến ngày ${formatDate(asOf)} ${state.join(', ')}` : ''}.`
    );
  });
}

export async function steeringReportNotes(ctx: Ctx, scope: ReportScope): Promise<ReportNote[]> {
  const { unit, from, to } = scope;
  if (!can(ctx.actor, 'report.read', unit.path) && !can(ctx.actor, 'committee.manage', unit.path)) return [];
  const c = await committeeSummary(ctx, unit.id);
  const paragraphs = [...(c ? [committeeParagraph(c, from, to)].filter((x): x is string => !!x) : []), ...(await programmeParagraphs(ctx, unit.id, from, to))];
  return paragraphs.length ? [{ part: 'leadership', paragraphs }] : [];
}
