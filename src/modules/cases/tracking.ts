// The sender's keys to a case: a tracking code (printed, read aloud) and a secret (shown once). The server keeps only
// hashes of the secret and of the idempotency key, and compares secrets in constant time.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be confused when read aloud or typed on a phone (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const TRACKING_SECRET_LENGTH = 10;

function encode(bytes: Buffer, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[bytes[i]! % ALPHABET.length];
  return s;
}

/** A new tracking code, 'DT-XXXX-XXXX'. */
export function newTrackingCode(): string {
  const s = encode(randomBytes(8), 8);
  return `DT-${s.slice(0, 4)}-${s.slice(4)}`;
}

/**
 * The tracking secret. With an idempotency key it is derived from the key (HMAC), so a retried submission gets the
 * same secret back although the server stores only hashes of both the key and the secret.
 */
export function trackingSecretFor(idempotencyKey: string | null): string {
  const bytes = idempotencyKey ? createHmac('sha256', idempotencyKey).update('coso.case.tracking-secret').digest() : randomBytes(16);
  return encode(bytes, TRACKING_SECRET_LENGTH);
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Normalises what a sender types (spaces, dashes, lower case) before hashing or comparing. */
function normaliseSecret(s: string): string {
  return s.replace(/[\s-]/g, '').toUpperCase();
}

/** What is stored of a secret. */
export const secretHash = (secret: string) => sha256(normaliseSecret(secret));

/** What is stored of an idempotency key. */
export const idempotencyKeyHash = (key: string) => sha256(`coso.case.idem:${key}`);

const DUMMY_HASH = sha256('coso.no-such-case');

/** Constant-time check of a secret against a stored hash (a dummy hash when the code is unknown). */
export function secretMatches(secret: string, hash: string | null): boolean {
  const a = Buffer.from(secretHash(secret), 'hex');
  const b = Buffer.from(hash ?? DUMMY_HASH, 'hex');
  return timingSafeEqual(a, b) && hash !== null;
}
