import { describe, expect, it } from 'vitest';
import { idempotencyKeyHash, newTrackingCode, secretHash, secretMatches, trackingSecretFor } from './tracking.ts';

describe('tracking code and secret', () => {
  it('codes and secrets use letters and digits that cannot be confused (no 0/O, 1/I/L)', () => {
    for (let i = 0; i < 50; i++) {
      expect(newTrackingCode()).toMatch(/^DT-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(trackingSecretFor(null)).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    }
  });

  it('a retried submission (same idempotency key) gets the same secret back; another key, another secret', () => {
    const key = 'test-key-abcdefgh-0001';
    expect(trackingSecretFor(key)).toBe(trackingSecretFor(key));
    expect(trackingSecretFor(key)).not.toBe(trackingSecretFor('test-key-abcdefgh-0002'));
    expect(idempotencyKeyHash(key)).not.toContain(key);
  });

  it('matches what the sender types (spaces, dashes, lower case), never an unknown code', () => {
    const secret = 'ABCDE23456';
    const stored = secretHash(secret);
    expect(stored).not.toContain(secret);
    expect(secretMatches('abcde-23456', stored)).toBe(true);
    expect(secretMatches(' ABCDE 23456 ', stored)).toBe(true);
    expect(secretMatches('ABCDE23457', stored)).toBe(false);
    expect(secretMatches(secret, null)).toBe(false);
  });
});
