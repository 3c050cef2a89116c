// The canonical form an audit entry is hashed over: the hash computed when writing must equal the one computed when
// verifying, after the data went through jsonb (which reorders keys and drops nothing but undefined).
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, entryHash, type HashedFields } from './audit.ts';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same for the same value whatever the key order (as read back from jsonb)', () => {
    const written = { householdId: 12, channel: 'paper', at: '2026-11-29T03:00:00.000Z' };
    const readBack = JSON.parse('{"at": "2026-11-29T03:00:00.000Z", "channel": "paper", "householdId": 12}');
    expect(canonicalJson(readBack)).toBe(canonicalJson(written));
  });

  it('drops undefined properties, writes undefined in arrays as null, and primitives as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
    for (const v of ['Hộ ông Nguyễn Văn "An"', 0, -1.5, true, null]) expect(canonicalJson(v)).toBe(JSON.stringify(v));
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('entryHash', () => {
  const entry: HashedFields = {
    chain: 'decision:7:ballots:x',
    chainSeq: 1,
    at: '2026-11-29T03:00:00.000Z',
    actorId: 5,
    actorName: 'canbo.tanhung',
    action: 'decision.ballots',
    targetType: 'decision',
    targetId: '7',
    unitId: 3,
    ip: '127.0.0.1',
    userAgent: null,
    requestId: null,
    data: { ballots: [{ householdId: 12, channel: 'paper' }] },
    prevHash: GENESIS_HASH,
  };

  it('changes when any ballot of the entry changes', () => {
    const other = { ...entry, data: { ballots: [{ householdId: 13, channel: 'paper' }] } };
    expect(entryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(other)).not.toBe(entryHash(entry));
    expect(entryHash({ ...entry, actorName: 'truongthon.dong' })).not.toBe(entryHash(entry));
  });

  it('does not depend on the key order of the data', () => {
    const reordered = { ...entry, data: JSON.parse('{"ballots": [{"channel": "paper", "householdId": 12}]}') };
    expect(entryHash(reordered)).toBe(entryHash(entry));
  });
});
