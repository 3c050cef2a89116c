// Use cases of the steering committee's annual work programme (chương trình công tác năm): one per unit and year,
// tasks with a due date and who carries them out; a task is marked done; tasks are added during the year — by the
// committee, or by another module through `addProgrammeTasks` (the tasks a review sets for the next period).
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, conflict, notFound, unprocessable } from '../../../core/refusal.ts';
import { getUnit, unitsByIds, type UnitRow } from '../../units/index.ts';
import { checkAssignees, checkDone, checkTasks } from '../rules.ts';
import * as store from '../store/programmes.ts';

export interface TaskInput {
  title: string;
  dueOn: string;
  ownerName?: string;
  assigneeUnitId?: number;
}

export interface CreateProgrammeInput {
  unitId: number;
  year: number;
  tasks: TaskInput[];
  /** Registration number of the programme as issued (e.g. "05"); blank for the records office. */
  number?: string;
  /** Date of issue (default today). */
  issuedOn?: string;
}

/** Checks tasks against the programme's year and unit; returns them ready to store. */
async function readyTasks(tx: Ctx, unit: Pick<UnitRow, 'path' | 'name'>, year: number, tasks: readonly TaskInput[], source: string): Promise<store.NewTask[]> {
  assertAllowed(checkTasks(year, tasks));
  const assignees = [...new Set(tasks.flatMap((t) => (t.assigneeUnitId === undefined ? [] : [t.assigneeUnitId])))];
  assertAllowed(checkAssignees(unit, assignees, await unitsByIds(tx.db, assignees)));
  return tasks.map((t) => ({ title: t.title.trim(), dueOn: t.dueOn, ownerName: t.ownerName?.trim() ?? '', assigneeUnitId: t.assigneeUnitId ?? null, source }));
}

export async function createProgramme(ctx: Ctx, input: CreateProgrammeInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'programme.manage', unit.path);
    const today = todayVn(tx.now);
    const issuedOn = input.issuedOn ?? today;
    if (issuedOn > today) throw unprocessable('ISSUED_IN_FUTURE', 'Ngày ban hành không được sau ngày hôm nay.');
    if (await store.programmeOfYearForUpdate(tx.db, unit.id, input.year)) {
      throw conflict('PROGRAMME_EXISTS', `${unit.name} đã có Chương trình công tác năm ${input.year}; hãy bổ sung nhiệm vụ vào chương trình đó.`);
    }
    const tasks = await readyTasks(tx, unit, input.year, input.tasks, 'programme');
    const id = await store.insertProgramme(tx.db, { unitId: unit.id, year: input.year, number: input.number?.trim() || null, issuedOn, createdBy: actor.userId });
    await store.insertTasks(tx.db, id, tasks);
    await audit(tx, { action: 'steering.programme.create', targetType: 'steering_programme', targetId: id, unitId: unit.id, data: { year: input.year, tasks: tasks.length, issuedOn } });
    return { id: String(id) };
  });
}

export async function addTask(ctx: Ctx, programmeId: number, input: TaskInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const p = await store.findProgramme(tx.db, programmeId);
    if (!p) throw notFound('Chương trình công tác');
    requirePermission(tx.actor, 'programme.manage', p.path);
    const [task] = await readyTasks(tx, { path: p.path, name: p.unit_name }, p.year, [input], 'programme');
    const [id] = await store.insertTasks(tx.db, p.id, [task!]);
    await audit(tx, { action: 'steering.task.add', targetType: 'steering_task', targetId: id!, unitId: p.unit_id, data: { programmeId: p.id, title: task!.title, dueOn: task!.dueOn } });
    return { id: String(id) };
  });
}

export async function markTaskDone(ctx: Ctx, taskId: number, input: { on?: string }): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const t = await store.findTaskForUpdate(tx.db, taskId);
    if (!t) throw notFound('Nhiệm vụ');
    requirePermission(tx.actor, 'programme.manage', t.path);
    const today = todayVn(tx.now);
    const on = input.on ?? today;
    assertAllowed(checkDone({ doneOn: t.done_on }, t.year, on, today));
    await store.setTaskDone(tx.db, t.id, on);
    await audit(tx, { action: 'steering.task.done', targetType: 'steering_task', targetId: t.id, unitId: t.unit_id, data: { programmeId: t.programme_id, on } });
    return { id: String(t.id) };
  });
}

/**
 * Adds tasks to the programme of `unitId` for `year`, creating the programme (issued today, without number) when
 * there is none — for another module's use case, in ITS transaction (`tx`), after IT has checked the actor's
 * permission on the unit (e.g. conferences: the tasks a review sets for the next period). `source` says where the
 * tasks come from (e.g. 'conference:42'). Refuses (422) tasks due outside `year` or assigned outside the unit's tree.
 */
export async function addProgrammeTasks(
  tx: Ctx,
  input: { unitId: number; year: number; tasks: readonly TaskInput[]; source: string },
): Promise<{ programmeId: string; taskIds: string[]; created: boolean }> {
  const unit = await getUnit(tx.db, input.unitId);
  const tasks = await readyTasks(tx, unit, input.year, input.tasks, input.source);
  const existing = await store.programmeOfYearForUpdate(tx.db, unit.id, input.year);
  const programmeId =
    existing?.id ?? (await store.insertProgramme(tx.db, { unitId: unit.id, year: input.year, number: null, issuedOn: todayVn(tx.now), createdBy: tx.actor?.userId ?? null }));
  const ids = await store.insertTasks(tx.db, programmeId, tasks);
  await audit(tx, {
    action: 'steering.programme.tasks_added',
    targetType: 'steering_programme',
    targetId: programmeId,
    unitId: unit.id,
    data: { year: input.year, tasks: ids.length, source: input.source, created: !existing },
  });
  return { programmeId: String(programmeId), taskIds: ids.map(String), created: !existing };
}

/** The programme tasks that came from a source (e.g. the tasks a review set: 'conference:42'), for its own module. */
export async function programmeTasksFrom(ctx: Pick<Ctx, 'db'>, source: string): Promise<{ id: number; dueOn: string; doneOn: string | null }[]> {
  const rows = await store.tasksOfSource(ctx.db, source);
  return rows.map((r) => ({ id: Number(r.id), dueOn: String(r.due_on), doneOn: r.done_on ? String(r.done_on) : null }));
}

