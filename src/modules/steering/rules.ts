// Pure rules of the steering module. "Dân vận khéo" models: their fields and ratings, and what a registration and an
// evaluation must hold (a unit registers its model; the steering committee above evaluates it and may commend it).
// Steering committees and their annual work programme: no statute sets their composition — the rules below follow
// the practice of the committees' own regulations (quy chế hoạt động): one committee per unit, led by one head
// (Trưởng ban), members assigned to follow units below; a programme per year whose tasks fall due within it.
import { refusal, type Refusal } from '../../core/refusal.ts';
import type { MemberRole, ModelField, ModelRating, ModelStatus } from './tables.ts';

export const MODEL_FIELDS: readonly ModelField[] = ['economy', 'culture_society', 'defence_security', 'party_government', 'other'];
export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa - xã hội',
  defence_security: 'Quốc phòng - an ninh',
  party_government: 'Xây dựng Đảng, chính quyền',
  other: 'Lĩnh vực khác',
};
export const MODEL_RATINGS: readonly ModelRating[] = ['excellent', 'good', 'fair', 'poor'];
export const MODEL_RATING_LABELS: Record<ModelRating, string> = { excellent: 'Xuất sắc', good: 'Tốt', fair: 'Khá', poor: 'Chưa đạt' };

/** A model is registered once it has started, under a name. */
export function checkRegistration(m: { name: string; startedOn: string }, today: string): Refusal | null {
  if (m.startedOn > today) return refusal('MODEL_IN_FUTURE', 'Ngày bắt đầu mô hình không được sau ngày hôm nay.');
  if (!m.name.trim()) return refusal('EMPTY_NAME', 'Tên mô hình không được để trống.', { status: 400 });
  return null;
}

/**
 * An evaluation of a model not yet commended (409), dated between the model's start and `today`; a model rated
 * "Chưa đạt" is not commended.
 */
export function checkEvaluation(
  m: { status: ModelStatus; startedOn: string },
  e: { rating: ModelRating; evaluatedOn: string; commended: boolean },
  today: string,
): Refusal | null {
  if (m.status === 'commended') return refusal('ALREADY_COMMENDED', 'Mô hình đã được khen thưởng.', { status: 409 });
  if (e.evaluatedOn > today) return refusal('EVALUATION_IN_FUTURE', 'Ngày đánh giá không được sau ngày hôm nay.');
  if (e.evaluatedOn < m.startedOn) return refusal('EVALUATION_BEFORE_START', 'Ngày đánh giá không được trước ngày bắt đầu mô hình.', { status: 400 });
  if (e.commended && e.rating === 'poor') return refusal('CANNOT_COMMEND', 'Mô hình chưa đạt thì không được khen thưởng.');
  return null;
}

// ---- steering committees --------------------------------------------------------------------------------------

export const MEMBER_ROLES: readonly MemberRole[] = ['head', 'deputy', 'standing', 'member', 'secretary'];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  head: 'Trưởng ban',
  deputy: 'Phó Trưởng ban',
  standing: 'Ủy viên thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

/** Units that have a steering committee: the province (and district), the commune, an agency or enterprise. */
export const COMMITTEE_UNIT_KINDS: readonly string[] = ['province', 'district', 'commune', 'agency', 'enterprise'];

export function checkCommitteeUnit(kind: string): Refusal | null {
  if (COMMITTEE_UNIT_KINDS.includes(kind)) return null;
  return refusal('COMMITTEE_UNIT_KIND', 'Ban Chỉ đạo chỉ được thành lập ở cấp tỉnh, cấp xã, cơ quan, đơn vị hoặc doanh nghiệp.');
}

/** A committee is set up with exactly one head (Trưởng ban). */
export function checkInitialHeads(roles: readonly MemberRole[]): Refusal | null {
  const heads = roles.filter((r) => r === 'head').length;
  if (heads === 1) return null;
  if (heads === 0) return refusal('NO_HEAD', 'Ban Chỉ đạo phải có một Trưởng ban.', { field: 'members' });
  return refusal('TWO_HEADS', 'Ban Chỉ đạo chỉ có một Trưởng ban.', { field: 'members' });
}

/** A member becomes head only while no other current member is head (409: change or remove the head first). */
export function checkNewHead(otherCurrentHeads: number): Refusal | null {
  if (otherCurrentHeads === 0) return null;
  return refusal('TWO_HEADS', 'Ban Chỉ đạo đã có Trưởng ban; cần thay đổi hoặc cho thôi Trưởng ban hiện tại trước.', { status: 409 });
}

/**
 * The units a member follows are units below the committee's unit (not the unit itself): `found` are the units
 * that exist among those asked for.
 */
export function checkFollows(committee: { path: string; name: string }, asked: readonly number[], found: readonly { id: number; path: string }[]): Refusal | null {
  for (const id of asked) {
    const u = found.find((f) => f.id === id);
    if (!u) return refusal('UNIT_NOT_FOUND', 'Đơn vị được phân công theo dõi không tồn tại.', { field: 'followsUnitIds' });
    if (!u.path.startsWith(committee.path) || u.path === committee.path) {
      return refusal('FOLLOWS_OUTSIDE_TREE', `Đơn vị được phân công theo dõi phải là đơn vị trực thuộc ${committee.name}.`, { field: 'followsUnitIds' });
    }
  }
  return null;
}

/** A change of membership takes effect on a date not before the member joined and not after today. */
export function checkChangeDate(on: string, fromOn: string, today: string): Refusal | null {
  if (on > today) return refusal('CHANGE_IN_FUTURE', 'Ngày hiệu lực không được sau ngày hôm nay.', { field: 'on' });
  if (on < fromOn) return refusal('CHANGE_BEFORE_JOINING', 'Ngày hiệu lực không được trước ngày thành viên tham gia Ban Chỉ đạo.', { status: 400, field: 'on' });
  return null;
}

// ---- the annual work programme --------------------------------------------------------------------------------

export type TaskStatus = 'open' | 'done' | 'overdue';

/** Done once marked done; overdue when not done and its due date is before today (Vietnam); else open. */
export function taskStatus(t: { dueOn: string; doneOn: string | null }, today: string): TaskStatus {
  if (t.doneOn) return 'done';
  return t.dueOn < today ? 'overdue' : 'open';
}

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = { open: 'Đang thực hiện', done: 'Đã hoàn thành', overdue: 'Quá hạn' };

/** Tasks of a year's programme: titled, due within that year. */
export function checkTasks(year: number, tasks: readonly { title: string; dueOn: string }[]): Refusal | null {
  for (const [i, t] of tasks.entries()) {
    if (!t.title.trim()) return refusal('EMPTY_TITLE', `Nhiệm vụ thứ ${i + 1} chưa có nội dung.`, { status: 400, field: 'tasks' });
    if (Number(t.dueOn.slice(0, 4)) !== year) {
      return refusal('TASK_OUTSIDE_YEAR', `Thời hạn của nhiệm vụ thứ ${i + 1} phải trong năm ${year}.`, { field: 'tasks' });
    }
  }
  return null;
}

/** A task is marked done on a date not after today and not before the programme's year began. */
export function checkDone(task: { doneOn: string | null }, year: number, on: string, today: string): Refusal | null {
  if (task.doneOn) return refusal('ALREADY_DONE', 'Nhiệm vụ đã được đánh dấu hoàn thành.', { status: 409 });
  if (on > today) return refusal('DONE_IN_FUTURE', 'Ngày hoàn thành không được sau ngày hôm nay.', { field: 'on' });
  if (on < `${year}-01-01`) return refusal('DONE_BEFORE_YEAR', `Ngày hoàn thành không được trước năm ${year}.`, { field: 'on' });
  return null;
}

/** Counts of a programme's tasks by status. */
export function progress(statuses: readonly TaskStatus[]): { tasks: number; done: number; overdue: number; open: number } {
  const n = (s: TaskStatus) => statuses.filter((x) => x === s).length;
  return { tasks: statuses.length, done: n('done'), overdue: n('overdue'), open: n('open') };
}

/** A task assigned to a unit goes to the committee's unit or one below it. */
export function checkAssignees(committee: { path: string; name: string }, asked: readonly number[], found: readonly { id: number; path: string }[]): Refusal | null {
  for (const id of asked) {
    const u = found.find((f) => f.id === id);
    if (!u) return refusal('UNIT_NOT_FOUND', 'Đơn vị thực hiện nhiệm vụ không tồn tại.', { field: 'assigneeUnitId' });
    if (!u.path.startsWith(committee.path)) return refusal('ASSIGNEE_OUTSIDE_TREE', `Đơn vị thực hiện nhiệm vụ phải là ${committee.name} hoặc đơn vị trực thuộc.`, { field: 'assigneeUnitId' });
  }
  return null;
}

/** "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Hưng Yên": the default name of a unit's committee. */
export function defaultCommitteeName(unitName: string): string {
  return `Ban Chỉ đạo thực hiện dân chủ ở cơ sở ${unitName.charAt(0).toLocaleLowerCase('vi')}${unitName.slice(1)}`;
}
