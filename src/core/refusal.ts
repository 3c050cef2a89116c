// One shape for every "no" of the platform: a pure rule, a use case, a permission check or the HTTP plumbing all
// refuse with a `Refusal` (thrown as a `RefusalError`), and one converter (`core/errors.ts`) answers it as
// `{error: {code, message}}` with its status. This file imports nothing: the pure layer may use it. A refusal's
// `status` is the class of the refusal — 400 malformed input, 401 not signed in, 403 not yours to do, 404 unknown,
// 409 state conflict, 413/415 unacceptable upload, 422 a legal rule says no, 503 a service of the machine missing.

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export interface Refusal {
  /** SNAKE_CASE machine code, e.g. `MIN_PERIOD_NOT_REACHED`. */
  code: string;
  status: RefusalStatus;
  /** Vietnamese, shown to users as it is. */
  message: string;
  /** The offending input field, when there is one. */
  field?: string;
  /** Extra machine-readable facts (e.g. the groups still without a response). */
  details?: Record<string, unknown>;
}

/** A rule's verdict on a computation: its value, or why not. */
export type Ruled<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** Thrown when a rule refuses; carries the refusal unchanged to the one converter. */
export class RefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.name = 'RefusalError';
  }

  get code(): string {
    return this.refusal.code;
  }

  get status(): RefusalStatus {
    return this.refusal.status;
  }

  get field(): string | undefined {
    return this.refusal.field;
  }
}

/** A refusal (a value; nothing is thrown). `status` defaults to 422, a legal rule saying no. */
export function refusal(code: string, message: string, extra: Partial<Pick<Refusal, 'status' | 'field' | 'details'>> = {}): Refusal {
  const r: Refusal = { code, status: extra.status ?? 422, message };
  if (extra.field !== undefined) r.field = extra.field;
  if (extra.details !== undefined) r.details = extra.details;
  return r;
}

/** Throws the refusal. */
export function refuse(r: Refusal): never {
  throw new RefusalError(r);
}

/** Throws when a check found a refusal; does nothing on null. */
export function assertAllowed(r: Refusal | null | undefined): void {
  if (r) throw new RefusalError(r);
}

export const allowed = <T>(value: T): Ruled<T> => ({ ok: true, value });
export const refused = <T = never>(r: Refusal): Ruled<T> => ({ ok: false, refusal: r });

/** The value of a verdict, or throws its refusal. */
export function unwrap<T>(r: Ruled<T>): T {
  if (!r.ok) throw new RefusalError(r.refusal);
  return r.value;
}

// ---- the usual refusals of use cases ---------------------------------------------------------------------------

const error = (status: RefusalStatus, code: string, message: string, details?: Record<string, unknown>) =>
  new RefusalError(details ? { code, status, message, details } : { code, status, message });

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) => error(400, code, message, details);
export const unauthorized = (message = 'Bạn cần đăng nhập để thực hiện thao tác này.') => error(401, 'UNAUTHORIZED', message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => error(403, 'FORBIDDEN', message);
export const notFound = (what = 'Bản ghi') => error(404, 'NOT_FOUND', `${what} không tồn tại.`);
export const conflict = (code: string, message: string) => error(409, code, message);
export const unprocessable = (code: string, message: string, details?: Record<string, unknown>) => error(422, code, message, details);
/** A refusal with any status (413 too large, 415 file type, 503 a missing service…). */
export const refusedWith = (status: RefusalStatus, code: string, message: string, details?: Record<string, unknown>) =>
  error(status, code, message, details);
