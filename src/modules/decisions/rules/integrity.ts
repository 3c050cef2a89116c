// Ballot integrity of one decision (pure): the register of who voted, the ballot box and the audit entries of the
// ballots must tell the same story. Every ballot the platform takes is written with its register row, its place in
// the box and its audit entry in one statement (store/ballots.ts), so any difference means the database was changed
// outside the platform: a register row inserted or deleted by hand, votes added to the box, an audit entry edited
// or removed. Nothing here decides what happened; it lists what does not agree, for those who inspect and
// supervise what the households decided (Law 10/2022 Art. 30 cl. 1, Art. 31 cl. 2: citizens directly or through
// the Fatherland Front and the People's Inspection Board) and for the officials answerable for it.

import { formatInt } from '../../../core/format.ts';

export type IntegrityProblemCode =
  | 'BOX_REGISTER_MISMATCH'
  | 'BOX_OPTION_MISMATCH'
  | 'AUDIT_ENTRY_TAMPERED'
  | 'AUDIT_ENTRY_DELETED'
  | 'BALLOT_NOT_AUDITED'
  | 'AUDITED_BALLOT_MISSING'
  | 'BALLOT_AUDITED_TWICE'
  | 'CHOICE_MISMATCH';

export interface IntegrityProblem {
  code: IntegrityProblemCode;
  message: string;
  /** Households concerned (at most MAX_LISTED, in id order). */
  householdIds?: number[];
  /** Audit entries (ids) or chains concerned (at most MAX_LISTED). */
  entryIds?: number[];
  chains?: string[];
  /** How many there are in all (households, entries or chains). */
  count: number;
}

export interface AuditedBallotsEntry {
  id: number;
  chain: string;
  /** Its chain (this one entry) walks and matches its head as audit verification requires. */
  hashOk: boolean;
  ballots: { householdId: number; choice?: string }[];
}

export interface IntegrityInput {
  secret: boolean;
  options: readonly string[];
  /** The register: one row per household that voted; the option index for open (non-secret) decisions. */
  register: readonly { householdId: number; choice: number | null }[];
  /** Votes in the ballot box per option index (all shards added). */
  box: readonly number[];
  entries: readonly AuditedBallotsEntry[];
  /** Chain heads of this decision's ballot entries whose entry is not in the log any more. */
  orphanHeads: readonly string[];
}

export interface IntegrityReport {
  ok: boolean;
  registerCount: number;
  boxTotal: number;
  auditEntries: number;
  auditedBallots: number;
  problems: IntegrityProblem[];
}

export const MAX_LISTED = 20;

const firstOf = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b).slice(0, MAX_LISTED);

export function checkBallotIntegrity(input: IntegrityInput): IntegrityReport {
  const boxTotal = input.box.reduce((s, n) => s + n, 0);
  const registerCount = input.register.length;
  const audited = auditedBallots(input.entries);
  const problems = [...boxProblems(input, boxTotal), ...auditEntryProblems(input), ...ballotAuditProblems(input, audited)];
  return { ok: problems.length === 0, registerCount, boxTotal, auditEntries: input.entries.length, auditedBallots: audited.count, problems };
}

/** The ballot box against the register: the totals, and option by option for an open (non-secret) ballot. */
function boxProblems(input: IntegrityInput, boxTotal: number): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const registerCount = input.register.length;
  if (boxTotal !== registerCount) {
    problems.push({
      code: 'BOX_REGISTER_MISMATCH',
      message: `Hòm phiếu có ${formatInt(boxTotal)} phiếu nhưng danh sách hộ đã biểu quyết có ${formatInt(registerCount)} hộ.`,
      count: Math.abs(boxTotal - registerCount),
    });
  }
  if (input.secret) return problems;
  // Open ballot: the register keeps each household's choice, so the box can be checked option by option.
  const fromRegister = input.options.map(() => 0);
  for (const r of input.register) if (r.choice !== null && r.choice < fromRegister.length) fromRegister[r.choice]! += 1;
  const differing = input.options
    .map((option, i) => ({ option, box: input.box[i] ?? 0, register: fromRegister[i]! }))
    .filter((x) => x.box !== x.register);
  if (differing.length) {
    problems.push({
      code: 'BOX_OPTION_MISMATCH',
      message: `Số phiếu theo phương án trong hòm phiếu khác số lựa chọn ghi trong danh sách biểu quyết công khai (${differing
        .map((x) => `"${x.option}": ${formatInt(x.box)} so với ${formatInt(x.register)}`)
        .join('; ')}).`,
      count: differing.length,
    });
  }
  return problems;
}

/** The audit entries of the ballots themselves: edited (hash) or deleted (a chain head without its entry). */
function auditEntryProblems(input: IntegrityInput): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const tampered = input.entries.filter((e) => !e.hashOk);
  if (tampered.length) {
    problems.push({
      code: 'AUDIT_ENTRY_TAMPERED',
      message: `${formatInt(tampered.length)} bản ghi nhật ký phiếu không khớp chuỗi băm (đã bị sửa sau khi ghi).`,
      entryIds: firstOf(tampered.map((e) => e.id)),
      count: tampered.length,
    });
  }
  if (input.orphanHeads.length) {
    problems.push({
      code: 'AUDIT_ENTRY_DELETED',
      message: `${formatInt(input.orphanHeads.length)} bản ghi nhật ký phiếu đã bị xóa khỏi nhật ký.`,
      chains: [...input.orphanHeads].sort().slice(0, MAX_LISTED),
      count: input.orphanHeads.length,
    });
  }
  return problems;
}

interface Audited {
  /** Household → the choice its audited ballot names (undefined for a secret ballot), first entry kept. */
  choices: Map<number, string | undefined>;
  twice: Set<number>;
  count: number;
}

function auditedBallots(entries: readonly AuditedBallotsEntry[]): Audited {
  const choices = new Map<number, string | undefined>();
  const twice = new Set<number>();
  let count = 0;
  for (const e of entries) {
    for (const b of e.ballots) {
      count += 1;
      if (choices.has(b.householdId)) twice.add(b.householdId);
      else choices.set(b.householdId, b.choice);
    }
  }
  return { choices, twice, count };
}

/** Each registered household must be in exactly one audited batch, and nothing audited may be missing. */
function ballotAuditProblems(input: IntegrityInput, audited: Audited): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const registered = new Map(input.register.map((r) => [r.householdId, r.choice]));
  const listed = (code: IntegrityProblemCode, households: number[], message: string) => {
    if (households.length) problems.push({ code, message: `${formatInt(households.length)} ${message}`, householdIds: firstOf(households), count: households.length });
  };
  listed(
    'BALLOT_NOT_AUDITED',
    [...registered.keys()].filter((h) => !audited.choices.has(h)),
    'hộ có trong danh sách đã biểu quyết nhưng không có trong nhật ký phiếu (phiếu được thêm ngoài hệ thống).',
  );
  listed(
    'AUDITED_BALLOT_MISSING',
    [...audited.choices.keys()].filter((h) => !registered.has(h)),
    'hộ đã biểu quyết theo nhật ký nhưng không còn trong danh sách đã biểu quyết (phiếu bị xóa).',
  );
  listed('BALLOT_AUDITED_TWICE', [...audited.twice], 'hộ xuất hiện hai lần trong nhật ký phiếu.');
  if (!input.secret) {
    const changed = [...audited.choices].filter(([h, choice]) => {
      if (!registered.has(h)) return false;
      const index = registered.get(h);
      return choice === undefined || index === null || index === undefined || input.options[index] !== choice;
    });
    listed(
      'CHOICE_MISMATCH',
      changed.map(([h]) => h),
      'hộ có lựa chọn trong danh sách biểu quyết khác với lựa chọn ghi trong nhật ký phiếu.',
    );
  }
  return problems;
}
