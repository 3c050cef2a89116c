// Reads of the annual work programmes: the programmes of a unit, one programme with its tasks and their status
// (open, done, overdue — by Vietnam's date), and the programme as a DOCX of Decree 30/2020 layout.
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { renderDocx } from '../../../core/documents/index.ts';
import { can } from '../../../core/permissions.ts';
import { forbidden, notFound, unauthorized } from '../../../core/refusal.ts';
import { getUnit } from '../../units/index.ts';
import { programmeDocument } from '../document.ts';
import { defaultCommitteeName, progress, TASK_STATUS_LABELS, taskStatus } from '../rules.ts';
import * as store from '../store/programmes.ts';
import { committeeSummary } from './committees.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function mayRead(ctx: Ctx, path: string): boolean {
  if (!ctx.actor) throw unauthorized();
  const manage = can(ctx.actor, 'programme.manage', path);
  if (!manage && !can(ctx.actor, 'report.read', path)) throw forbidden();
  return manage;
}

type TaskRow = Awaited<ReturnType<typeof store.listTasks>>[number];

const taskOut = (t: TaskRow, today: string, manage: boolean) => {
  const status = taskStatus({ dueOn: t.due_on, doneOn: t.done_on }, today);
  return {
    id: String(t.id),
    title: t.title,
    dueOn: t.due_on,
    ownerName: t.owner_name,
    assigneeUnitId: t.assignee_unit_id === null ? null : String(t.assignee_unit_id),
    assigneeName: t.assignee_name,
    status,
    statusLabel: TASK_STATUS_LABELS[status],
    doneOn: t.done_on,
    source: t.source,
    can: { markDone: manage && status !== 'done' },
  };
};

/** Programmes of a unit, newest year first, with their progress today. */
export async function listProgrammes(ctx: Ctx, unitId: number) {
  const unit = await getUnit(ctx.db, unitId);
  const manage = mayRead(ctx, unit.path);
  const rows = await store.listProgrammes(ctx.db, unit.id);
  const tasks = await store.listTasks(ctx.db, rows.map((r) => r.id));
  const today = todayVn(ctx.now);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      year: r.year,
      number: r.number,
      issuedOn: r.issued_on,
      progress: progress(tasks.filter((t) => t.programme_id === r.id).map((t) => taskStatus({ dueOn: t.due_on, doneOn: t.done_on }, today))),
    })),
    can: { create: manage },
  };
}

async function readProgramme(ctx: Ctx, id: number) {
  const p = await store.findProgramme(ctx.db, id);
  if (!p) throw notFound('Chương trình công tác');
  const manage = mayRead(ctx, p.path);
  return { p, manage, tasks: await store.listTasks(ctx.db, [p.id]) };
}

export async function programmeDetail(ctx: Ctx, id: number) {
  const { p, manage, tasks } = await readProgramme(ctx, id);
  const today = todayVn(ctx.now);
  const out = tasks.map((t) => taskOut(t, today, manage));
  return {
    id: String(p.id),
    unitId: String(p.unit_id),
    unitName: p.unit_name,
    year: p.year,
    number: p.number,
    issuedOn: p.issued_on,
    today,
    tasks: out,
    progress: progress(out.map((t) => t.status)),
    documentUrl: `/api/v1/steering/programmes/${p.id}/document`,
    can: { addTask: manage },
  };
}

export async function programmeDocx(ctx: Ctx, id: number): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const { p, tasks } = await readProgramme(ctx, id);
  const c = await committeeSummary(ctx, p.unit_id);
  const doc = programmeDocument(
    {
      year: p.year,
      number: p.number,
      issuedOn: p.issued_on,
      unitName: p.unit_name,
      tasks: tasks.map((t) => ({ title: t.title, dueOn: t.due_on, ownerName: t.owner_name, assigneeName: t.assignee_name })),
    },
    { name: c?.name ?? defaultCommitteeName(p.unit_name), head: c?.head ?? null, deputy: c?.deputy ?? null },
  );
  return { filename: `chuong-trinh-cong-tac-${p.year}-${p.id}.docx`, contentType: DOCX_TYPE, body: await renderDocx(doc) };
}
