// The state machine of a case: which actions its type and status allow, and what an action does to it. Reasons are
// required where the law asks for them; extensions are counted against the law's limits.
import { compareDates, type LegalDate } from '../../../core/calendar/index.ts';
import { allowed, refusal, refused, type Ruled } from '../../../core/refusal.ts';
import { DENUNCIATION_MAX_EXTENSIONS } from './deadlines.ts';
import { ACTION_LABELS, STATUS_LABELS, TYPE_LABELS, isOpen, type CaseAction, type CaseState, type CaseStatus, type CaseType, type Complexity } from './types.ts';

/** One step applied to a case by the rules (who may take it, and where the case goes, is the use case's). */
export interface TransitionInput {
  action: CaseAction;
  on: LegalDate;
  complexity?: Complexity;
  note?: string;
  publicAnswer?: string;
}

const no = (code: string, message: string): Ruled<CaseState> => refused(refusal(code, message));

/** Which actions a case of this type accepts in this status. */
export function allowedActions(type: CaseType, status: CaseStatus): CaseAction[] {
  if (!isOpen(status)) return [];
  const base: CaseAction[] = ['assign', 'withdraw'];
  if (status === 'received') {
    const a: CaseAction[] = ['accept', 'refuse', 'transfer', ...base];
    if (type === 'feedback' || type === 'petition') a.push('resolve');
    if (type === 'denunciation') a.push('extend');
    return a;
  }
  // accepted
  const a: CaseAction[] = ['resolve', ...base];
  if (type === 'complaint' || type === 'denunciation') a.push('extend');
  if (type === 'feedback' || type === 'petition') a.push('transfer');
  return a;
}

/** Applies an action to a case (pure): the new state, or the refusal (422) with its legal reason. */
export function applyAction(s: CaseState, input: TransitionInput): Ruled<CaseState> {
  const { action, on } = input;
  if (!allowedActions(s.type, s.status).includes(action)) {
    return no(
      'ACTION_NOT_ALLOWED',
      `Không thể "${ACTION_LABELS[action].vi.toLowerCase()}" đơn ${TYPE_LABELS[s.type].vi.toLowerCase()} đang ở trạng thái "${STATUS_LABELS[s.status].vi}".`,
    );
  }
  if (compareDates(on, s.receivedOn) < 0) {
    return no('DATE_BEFORE_RECEIPT', 'Ngày thực hiện không được trước ngày tiếp nhận đơn.');
  }
  const note = input.note?.trim() ?? '';
  switch (action) {
    case 'assign':
      return allowed(s);
    case 'accept':
      return allowed({ ...s, status: 'accepted', acceptedOn: on });
    case 'refuse':
      // Law on Complaints 2011 Art. 27; Law on Denunciations 2018 Art. 24: a refusal states its reason.
      if (!note) return no('REASON_REQUIRED', 'Cần nêu rõ lý do không thụ lý (Luật Khiếu nại Điều 27; Luật Tố cáo Điều 24).');
      return allowed({ ...s, status: 'refused' });
    case 'withdraw':
      return allowed({ ...s, status: 'withdrawn' });
    case 'transfer':
      return allowed({ ...s, status: 'transferred' });
    case 'resolve':
      if (!input.publicAnswer?.trim()) return no('ANSWER_REQUIRED', 'Cần nhập nội dung trả lời, kết quả giải quyết để công khai cho người gửi.');
      return allowed({ ...s, status: 'resolved' });
    case 'extend':
      if (!note) return no('REASON_REQUIRED', 'Cần nêu rõ lý do gia hạn.');
      return extend(s, input.complexity);
  }
}

/** An extension: of the initial processing of a denunciation, or of the resolution of a complex case. */
function extend(s: CaseState, asked: Complexity | undefined): Ruled<CaseState> {
  if (s.type === 'denunciation' && s.status === 'received') {
    // Law on Denunciations 2018 Art. 24 cl. 1: once, to at most 10 working days.
    if (s.processExtended) return no('EXTENSION_LIMIT', 'Thời hạn xử lý ban đầu đơn tố cáo chỉ được kéo dài một lần, tối đa 10 ngày làm việc (Luật Tố cáo Điều 24 khoản 1).');
    return allowed({ ...s, processExtended: true });
  }
  const complexity = asked ?? (s.complexity === 'normal' ? 'complex' : s.complexity);
  if (complexity === 'normal') return no('NOT_COMPLEX', 'Chỉ gia hạn được với vụ việc phức tạp.');
  if (s.type === 'complaint') {
    // Law on Complaints 2011 Art. 28, 37: a complex complaint gets the longer clock, once.
    if (s.extensions >= 1) return no('EXTENSION_LIMIT', 'Thời hạn giải quyết khiếu nại phức tạp đã được kéo dài tối đa (Luật Khiếu nại Điều 28, 37).');
    return allowed({ ...s, complexity, extensions: 1 });
  }
  // Law on Denunciations 2018 Art. 30 cl. 2–3.
  if (s.extensions >= DENUNCIATION_MAX_EXTENSIONS[complexity]) {
    return no(
      'EXTENSION_LIMIT',
      complexity === 'complex'
        ? 'Vụ việc phức tạp chỉ được gia hạn một lần (Luật Tố cáo Điều 30 khoản 2); vụ việc đặc biệt phức tạp được gia hạn hai lần.'
        : 'Vụ việc đặc biệt phức tạp chỉ được gia hạn hai lần, mỗi lần không quá 30 ngày (Luật Tố cáo Điều 30 khoản 3).',
    );
  }
  return allowed({ ...s, complexity, extensions: s.extensions + 1 });
}
