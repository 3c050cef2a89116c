import { describe, expect, it } from 'vitest';
import { ballotChannel } from './ballots.ts';

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
