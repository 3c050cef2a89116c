// The unit a case is sent or transferred to, read through the units module: it must be one that resolves cases,
// and it may set its own answer clock for feedback and petitions.
import type { Db } from '../../../core/db.ts';
import { assertAllowed } from '../../../core/refusal.ts';
import { getUnit, unitSettings } from '../../units/index.ts';
import { answerDaysFrom, receivingUnitRefusal } from '../rules/index.ts';

export interface ReceivingUnit {
  id: number;
  path: string;
  /** The unit's answer clock of feedback and petitions (working days), when it sets one. */
  answerDays: number | null;
}

/** 404 when there is no such unit, 422 UNIT_CANNOT_RECEIVE when it resolves no case (a village, the country). */
export async function receivingUnit(db: Db, unitId: number): Promise<ReceivingUnit> {
  const u = await getUnit(db, unitId);
  assertAllowed(receivingUnitRefusal(u.kind));
  return { id: u.id, path: u.path, answerDays: answerDaysFrom(await unitSettings(db, u.id)) };
}
