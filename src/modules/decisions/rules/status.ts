// The life of a decision: open → closed → recognised | refused (or cancelled), and the commune's recognition of
// the decisions that need it (Law 10/2022 Art. 20 cl. 3, Art. 21 cl. 2; Decree 59/2023 Art. 8–9; Decree 61/2023
// Art. 11).
import { describeValue } from '../../../core/counting.ts';
import { allowed, refusal, refused, type Ruled } from '../../../core/refusal.ts';
import { assertMatter, isMatter, MATTER_CLAUSE, MATTER_LABELS, unknownMatter, type Matter } from './matters.ts';

/**
 * Law 10/2022 Art. 21 cl. 2: "Chậm nhất là 05 ngày làm việc kể từ ngày nhận được quyết định của cộng đồng dân cư,
 * Ủy ban nhân dân cấp xã, Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phải ban hành quyết định công nhận; trường hợp
 * không công nhận thì phải trả lời bằng văn bản và nêu rõ lý do." Counted from RECEIPT of the decision.
 * Repeated for the village head in Decree 59/2023 Art. 8 and Art. 9 cl. 3, and for conventions in Decree 61/2023
 * Art. 11 cl. 3 b (from receipt of the complete file).
 */
export const RECOGNITION_WORKING_DAYS = 5;

/**
 * Law 10/2022 Art. 20 cl. 3: "Chậm nhất là 05 ngày làm việc kể từ ngày cộng đồng dân cư tổ chức họp biểu quyết hoặc
 * kể từ ngày kết thúc thời hạn lấy ý kiến bằng phiếu, biểu quyết trực tuyến, quyết định đã được cộng đồng dân cư
 * biểu quyết thông qua phải được gửi đến Ủy ban nhân dân cấp xã, Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã."
 */
export const SUBMISSION_WORKING_DAYS = 5;

export type RecognitionAuthority = 'commune_people_committee' | 'commune_fatherland_front';

export const RECOGNITION_AUTHORITY_LABELS: Readonly<Record<RecognitionAuthority, string>> = {
  commune_people_committee: 'Ủy ban nhân dân cấp xã',
  commune_fatherland_front: 'Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã',
};

/**
 * Who must recognise a passed decision before it takes effect — Law 10/2022 Art. 21 cl. 2:
 * cl. 3–4 (convention, village head): "có hiệu lực kể từ ngày Ủy ban nhân dân cấp xã ban hành quyết định công nhận";
 * cl. 5 (board members): "có hiệu lực kể từ ngày Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã ban hành quyết định công
 * nhận"; cl. 1, 2, 6 within the village take effect when voted (none).
 */
export function recognitionAuthority(matter: Matter): RecognitionAuthority | null {
  assertMatter(matter);
  switch (MATTER_CLAUSE[matter]) {
    case 3:
    case 4:
      return 'commune_people_committee';
    case 5:
      return 'commune_fatherland_front';
    default:
      return null;
  }
}

export function requiresRecognition(matter: Matter): boolean {
  return recognitionAuthority(matter) !== null;
}

export const DECISION_STATUSES = ['draft', 'open', 'closed', 'recognised', 'refused', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** The statuses of a decision whose ballots were counted: its result exists and is public. */
export function hasResult(status: string): boolean {
  return status === 'closed' || status === 'recognised' || status === 'refused';
}

export const DECISION_ACTIONS = ['open', 'close', 'recognise', 'refuse', 'cancel'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const DECISION_STATUS_LABELS: Readonly<Record<DecisionStatus, string>> = {
  draft: 'Dự thảo',
  open: 'Đang biểu quyết',
  closed: 'Đã kết thúc biểu quyết',
  recognised: 'Đã được công nhận',
  refused: 'Không được công nhận',
  cancelled: 'Đã hủy',
};

const ACTION_LABELS: Readonly<Record<DecisionAction, string>> = {
  open: 'mở biểu quyết',
  close: 'kết thúc biểu quyết',
  recognise: 'công nhận',
  refuse: 'không công nhận',
  cancel: 'hủy',
};

/** draft → open → closed → recognised | refused; cancelled from draft or open. */
const TRANSITIONS: Readonly<Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>>> = {
  draft: { open: 'open', cancel: 'cancelled' },
  open: { close: 'closed', cancel: 'cancelled' },
  closed: { recognise: 'recognised', refuse: 'refused' },
  recognised: {},
  refused: {},
  cancelled: {},
};

export interface TransitionContext {
  /** When given, recognise / refuse are allowed only for matters that need recognition. */
  matter?: Matter;
  /** When given, recognise / refuse are allowed only for a decision that passed (only those are sent, Art. 20 cl. 3). */
  passed?: boolean;
}

function isDecisionStatus(value: unknown): value is DecisionStatus {
  return typeof value === 'string' && (DECISION_STATUSES as readonly string[]).includes(value);
}

function isDecisionAction(value: unknown): value is DecisionAction {
  return typeof value === 'string' && (DECISION_ACTIONS as readonly string[]).includes(value);
}

/** Pure state transition. Recognition itself (refuse = "không công nhận", or re-election for the village head) is
 *  decided by the authority of `recognitionAuthority`; this only checks that the step is allowed. */
export function transition(status: DecisionStatus, action: DecisionAction, context: TransitionContext = {}): Ruled<DecisionStatus> {
  if (!isDecisionStatus(status)) {
    return refused(refusal('UNKNOWN_STATUS', `Trạng thái ${describeValue(status)} không hợp lệ.`, { status: 400, field: 'status' }));
  }
  if (!isDecisionAction(action)) {
    return refused(refusal('UNKNOWN_ACTION', `Thao tác ${describeValue(action)} không hợp lệ.`, { status: 400, field: 'action' }));
  }
  const next = TRANSITIONS[status][action];
  if (next === undefined) {
    return refused(
      refusal('INVALID_TRANSITION', `Không thể ${ACTION_LABELS[action]} khi nội dung biểu quyết đang ở trạng thái "${DECISION_STATUS_LABELS[status]}".`, {
        field: 'action',
      }),
    );
  }
  if (action === 'recognise' || action === 'refuse') {
    if (context.matter !== undefined) {
      if (!isMatter(context.matter)) return refused(unknownMatter(context.matter));
      if (!requiresRecognition(context.matter)) {
        return refused(
          refusal(
            'RECOGNITION_NOT_REQUIRED',
            `Nội dung "${MATTER_LABELS[context.matter]}" có hiệu lực khi được cộng đồng dân cư biểu quyết thông qua, không cần quyết định công nhận.`,
            { field: 'action' },
          ),
        );
      }
    }
    if (context.passed === false) {
      return refused(
        refusal('DECISION_NOT_PASSED', 'Nội dung không được cộng đồng dân cư biểu quyết thông qua nên không thể đề nghị công nhận.', { field: 'action' }),
      );
    }
  }
  return allowed(next);
}

/** Actions allowed from a status (with the same context checks as `transition`). */
export function allowedActions(status: DecisionStatus, context: TransitionContext = {}): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => transition(status, a, context).ok);
}
