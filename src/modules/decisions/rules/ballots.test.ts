import { describe, expect, it } from 'vitest';
import { ballotChannel, ballotOption, ballotsRefusal, checkOptions } from './ballots.ts';

// Who may put in a household's ballot, and on which channel (Law 10/2022 Art. 20–21; Decree 59/2023 Art. 5).
describe('ballotChannel', () => {
  const REP_ONLY = 'Người đại diện hộ gia đình chỉ biểu quyết trực tuyến cho hộ của mình.';
  const NOT_REP = 'Bạn chỉ được biểu quyết cho hộ gia đình mà bạn là người đại diện.';
  const ONLINE_NOT_REP = 'Chỉ người đại diện hộ gia đình mới biểu quyết trực tuyến cho hộ của mình.';
  /** Refused with 403 FORBIDDEN and this message. */
  const no = (message: string) => ({ ok: false, refusal: { code: 'FORBIDDEN', status: 403, message } }) as const;
  const cases: [string, Parameters<typeof ballotChannel>[0], ReturnType<typeof ballotChannel>][] = [
    ['representative, no channel → online', { ownHousehold: true, mayEnter: false, requested: undefined, method: 'ballot' }, { ok: true, value: 'online' }],
    ['representative asks online → online', { ownHousehold: true, mayEnter: false, requested: 'online', method: 'ballot' }, { ok: true, value: 'online' }],
    ['representative asks paper → refused', { ownHousehold: true, mayEnter: false, requested: 'paper', method: 'ballot' }, no(REP_ONLY)],
    ['resident for another household → refused', { ownHousehold: false, mayEnter: false, requested: undefined, method: 'ballot' }, no(NOT_REP)],
    ['resident asks online for another household → refused', { ownHousehold: false, mayEnter: false, requested: 'online', method: 'online' }, no(NOT_REP)],
    ['village head, ballot decision → paper', { ownHousehold: false, mayEnter: true, requested: undefined, method: 'ballot' }, { ok: true, value: 'paper' }],
    ['village head, meeting decision → meeting', { ownHousehold: false, mayEnter: true, requested: undefined, method: 'meeting' }, { ok: true, value: 'meeting' }],
    ['village head, online decision → paper', { ownHousehold: false, mayEnter: true, requested: undefined, method: 'online' }, { ok: true, value: 'paper' }],
    ['village head names meeting → meeting', { ownHousehold: false, mayEnter: true, requested: 'meeting', method: 'ballot' }, { ok: true, value: 'meeting' }],
    ['village head asks online for another household → refused', { ownHousehold: false, mayEnter: true, requested: 'online', method: 'online' }, no(ONLINE_NOT_REP)],
    ['village head, own household, no channel → online', { ownHousehold: true, mayEnter: true, requested: undefined, method: 'meeting' }, { ok: true, value: 'online' }],
    ['village head, own household, names paper → paper', { ownHousehold: true, mayEnter: true, requested: 'paper', method: 'ballot' }, { ok: true, value: 'paper' }],
  ];
  it.each(cases)('%s', (_, input, expected) => {
    expect(ballotChannel(input)).toEqual(expected);
  });
});

// When a decision takes ballots: open, and within its period [opensAt, closesAt).
describe('ballotsRefusal', () => {
  const opensAt = new Date('2026-11-20T00:00:00Z');
  const closesAt = new Date('2026-11-27T00:00:00Z');
  const at = (iso: string) => new Date(iso);
  it.each<[string, string, Date | null, string, string | null]>([
    ['open, within the period', 'open', closesAt, '2026-11-23T00:00:00Z', null],
    ['open, no end set', 'open', null, '2027-01-01T00:00:00Z', null],
    ['open, before it opens', 'open', closesAt, '2026-11-19T23:59:59.999Z', 'DECISION_NOT_OPEN'],
    ['open, at its end exactly', 'open', closesAt, '2026-11-27T00:00:00Z', 'DECISION_CLOSED'],
    ['closed', 'closed', closesAt, '2026-11-23T00:00:00Z', 'DECISION_CLOSED'],
    ['recognised', 'recognised', null, '2026-11-23T00:00:00Z', 'DECISION_CLOSED'],
    ['refused', 'refused', null, '2026-11-23T00:00:00Z', 'DECISION_CLOSED'],
    ['cancelled', 'cancelled', null, '2026-11-23T00:00:00Z', 'DECISION_CANCELLED'],
    ['draft', 'draft', null, '2026-11-23T00:00:00Z', 'DECISION_NOT_OPEN'],
  ])('%s → %s', (_, status, closes, now, code) => {
    const r = ballotsRefusal({ status, opens_at: opensAt, closes_at: closes }, at(now));
    expect(r?.code ?? null).toBe(code);
    if (r) expect(r.status).toBe(422);
  });
});

describe('ballotOption', () => {
  const options = ['Đồng ý', 'Không đồng ý'];
  it('finds the option by its exact spelling, then composed (NFC) and trimmed', () => {
    expect(ballotOption(options, 'Không đồng ý')).toEqual({ ok: true, value: 1 });
    expect(ballotOption(options, ' Đồng ý '.normalize('NFD'))).toEqual({ ok: true, value: 0 });
  });
  it('refuses a choice that is not an option (400 UNKNOWN_OPTION, the choice quoted)', () => {
    expect(ballotOption(options, 'Có lẽ')).toEqual({
      ok: false,
      refusal: { code: 'UNKNOWN_OPTION', status: 400, message: 'Lựa chọn "Có lẽ" không có trong danh sách phương án biểu quyết.' },
    });
    expect(ballotOption(options, 7).ok).toBe(false);
  });
});

describe('checkOptions', () => {
  it('keys each option by its NFC / trimmed spelling', () => {
    const r = checkOptions(['Đồng ý', ' Không '], 'question');
    expect(r.ok && [...r.value]).toEqual([
      ['Đồng ý', 'Đồng ý'],
      ['Không', ' Không '],
    ]);
  });
  it.each<[string, unknown, 'question' | 'election', string]>([
    ['a question with one option', ['Đồng ý'], 'question', 'Nội dung biểu quyết phải có ít nhất 2 phương án (phương án đầu tiên là "tán thành").'],
    ['an election without candidates', [], 'election', 'Cuộc bầu phải có ít nhất 1 người ứng cử hoặc phương án.'],
    ['a blank option', ['Đồng ý', ' '], 'question', 'Phương án biểu quyết không được để trống.'],
    ['the same option twice', ['Đồng ý', 'Đồng ý'.normalize('NFD')], 'question', 'Phương án "Đồng ý" bị trùng lặp.'],
    ['not a list', 'Đồng ý', 'question', 'Danh sách phương án biểu quyết không hợp lệ.'],
  ])('refuses %s (400 INVALID_OPTIONS)', (_, options, kind, message) => {
    expect(checkOptions(options, kind)).toEqual({ ok: false, refusal: { code: 'INVALID_OPTIONS', status: 400, field: 'options', message } });
  });
  it('accepts an election of one candidate', () => {
    expect(checkOptions(['Đỗ Văn Sơn'], 'election').ok).toBe(true);
  });
});
