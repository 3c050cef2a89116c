// One household, one ballot (Law 10/2022 Art. 20–21; Decree 59/2023 Art. 4–5): the options a ballot may name, the
// channels it comes through, who may put it in, and when a decision takes ballots at all.
import { allowed, refusal, refused, type Refusal, type Ruled } from '../../../core/refusal.ts';
import type { DecisionKind } from './matters.ts';

export const BALLOT_CHANNELS = ['online', 'paper', 'meeting'] as const;
/** How a ballot reached the register: the representative online, a paper ballot or a vote at the meeting entered. */
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<BallotChannel, string>> = {
  online: 'Trực tuyến (đại diện hộ tự biểu quyết)',
  paper: 'Phiếu lấy ý kiến hộ gia đình',
  meeting: 'Biểu quyết tại cuộc họp',
};

// ---- options ---------------------------------------------------------------------------------------------------

/** Key used to match ballots to options: NFC (composed diacritics) and trimmed, so "Đồng ý" typed either way matches. */
export function normaliseOption(s: string): string {
  return s.normalize('NFC').trim();
}

/** Index of `choice` among `options`, exact spelling first, then NFC / trimmed; -1 when it is not an option. */
function findOption(options: readonly string[], choice: unknown): number {
  if (typeof choice !== 'string') return -1;
  const exact = options.indexOf(choice);
  if (exact >= 0) return exact;
  const k = normaliseOption(choice);
  return options.findIndex((o) => normaliseOption(o) === k);
}

/** The index of the option a ballot names, or 400 UNKNOWN_OPTION. */
export function ballotOption(options: readonly string[], choice: unknown): Ruled<number> {
  const i = findOption(options, choice);
  if (i >= 0) return allowed(i);
  return refused(
    refusal('UNKNOWN_OPTION', `Lựa chọn "${String(choice).slice(0, 60)}" không có trong danh sách phương án biểu quyết.`, { status: 400 }),
  );
}

/**
 * The options of a decision, checked: at least 2 for a question (the first means "agree"), at least 1 candidate
 * for an election, none blank, none twice (compared NFC / trimmed). The value maps each key to the option.
 */
export function checkOptions(options: unknown, kind: DecisionKind): Ruled<Map<string, string>> {
  const min = kind === 'question' ? 2 : 1;
  const bad = (message: string) => refused<Map<string, string>>(refusal('INVALID_OPTIONS', message, { status: 400, field: 'options' }));
  if (!Array.isArray(options)) return bad('Danh sách phương án biểu quyết không hợp lệ.');
  if (options.length < min) {
    return bad(
      kind === 'question'
        ? 'Nội dung biểu quyết phải có ít nhất 2 phương án (phương án đầu tiên là "tán thành").'
        : 'Cuộc bầu phải có ít nhất 1 người ứng cử hoặc phương án.',
    );
  }
  const byKey = new Map<string, string>();
  for (const o of options) {
    if (typeof o !== 'string' || normaliseOption(o) === '') return bad('Phương án biểu quyết không được để trống.');
    const k = normaliseOption(o);
    if (byKey.has(k)) return bad(`Phương án "${k}" bị trùng lặp.`);
    byKey.set(k, o);
  }
  return allowed(byKey);
}

// ---- when and by whom ------------------------------------------------------------------------------------------

/** Why a decision takes no ballot at `now` (422), or null while it is open and within its period. */
export function ballotsRefusal(d: { status: string; opens_at: Date; closes_at: Date | null }, now: Date): Refusal | null {
  if (d.status === 'closed' || d.status === 'recognised' || d.status === 'refused') {
    return refusal('DECISION_CLOSED', 'Biểu quyết đã kết thúc, không nhận thêm phiếu.');
  }
  if (d.status === 'cancelled') return refusal('DECISION_CANCELLED', 'Nội dung biểu quyết đã bị hủy.');
  if (d.status !== 'open') return refusal('DECISION_NOT_OPEN', 'Nội dung chưa được mở để biểu quyết.');
  if (now.getTime() < new Date(d.opens_at).getTime()) return refusal('DECISION_NOT_OPEN', 'Chưa đến thời điểm bắt đầu biểu quyết.');
  if (d.closes_at && now.getTime() >= new Date(d.closes_at).getTime()) {
    return refusal('DECISION_CLOSED', 'Đã hết thời hạn biểu quyết, không nhận thêm phiếu.');
  }
  return null;
}

const notYours = (message: string) => refused<BallotChannel>(refusal('FORBIDDEN', message, { status: 403 }));

/**
 * The channel of a ballot, or why it is refused (403): a representative votes online for their own household;
 * a village head or official enters paper / meeting ballots for any household of the village.
 */
export function ballotChannel(p: {
  ownHousehold: boolean;
  mayEnter: boolean;
  requested: BallotChannel | undefined;
  method: string;
}): Ruled<BallotChannel> {
  let channel: BallotChannel;
  if (p.ownHousehold && (!p.requested || p.requested === 'online')) channel = 'online';
  else if (p.mayEnter) channel = p.requested ?? (p.method === 'meeting' ? 'meeting' : 'paper');
  else if (p.ownHousehold) return notYours('Người đại diện hộ gia đình chỉ biểu quyết trực tuyến cho hộ của mình.');
  else return notYours('Bạn chỉ được biểu quyết cho hộ gia đình mà bạn là người đại diện.');
  if (channel === 'online' && !p.ownHousehold) return notYours('Chỉ người đại diện hộ gia đình mới biểu quyết trực tuyến cho hộ của mình.');
  return allowed(channel);
}
