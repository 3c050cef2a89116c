// What the use cases of consultations share: the counter keys they bump, text cleaning, the answer of an action,
// and the closing of a consultation whose closing date has passed.
import { audit } from '../../../core/audit.ts';
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { formatInt } from '../../../core/format.ts';
import { badRequest } from '../../../core/refusal.ts';
import { effectiveStatus } from '../rules.ts';
import { stateOf } from '../shapes.ts';
import * as store from '../store.ts';
import type { ConsultationStatus } from '../tables.ts';

/** Indicator counter keys written by this module (docs/conventions.md). */
export const COUNTER_OPENED = 'consultations.opened';
export const COUNTER_OPINIONS = 'consultations.opinions';

/** A text as stored: NFC, trimmed, not empty, at most `max` characters (400 otherwise). */
export function clean(s: string, what: string, max: number): string {
  const t = s.normalize('NFC').trim();
  if (!t) throw badRequest('VALIDATION_ERROR', `${what} không được để trống.`);
  if (t.length > max) throw badRequest('VALIDATION_ERROR', `${what} dài quá ${formatInt(max)} ký tự.`);
  return t;
}

/** The answer of an action on a consultation: its id and its status after the action. */
export interface ActionResult {
  id: string;
  status: ConsultationStatus | 'ok';
}

export const actionResult = (id: number, status: ActionResult['status']): ActionResult => ({ id: String(id), status });

/** Closes a consultation whose closing date has passed (done lazily by the first write that needs it). */
export async function closeByDate(tx: Ctx, c: store.ConsultationRow): Promise<store.ConsultationRow> {
  const today = todayVn(tx.now);
  if (c.status !== 'open' || effectiveStatus(stateOf(c), today) === 'open') return c;
  await store.updateConsultation(tx.db, c.id, { status: 'closed', closed_on: c.closes_on });
  await audit(tx, { action: 'consultation.close', targetType: 'consultation', targetId: c.id, unitId: c.unit_id, data: { by: 'date', closedOn: c.closes_on } });
  return { ...c, status: 'closed', closed_on: c.closes_on };
}
