// Tracking a case (public): by its code and secret, the sender sees where the case stands — no personal data, and
// a wrong secret answers exactly like an unknown code.
import { calendarFor } from '../../../core/calendar/schedules.ts';
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { notFound } from '../../../core/refusal.ts';
import { getUnit } from '../../units/index.ts';
import * as store from '../store/cases.ts';
import { secretMatches } from '../tracking.ts';
import { PUBLIC_EVENTS, caseView } from '../views.ts';

export async function trackCase(ctx: Ctx, code: string, secret: string) {
  const c = await store.findByTrackingCode(ctx.db, code.trim().toUpperCase());
  // The secret is checked even when the code is unknown, so both answers take the same time.
  if (!secretMatches(secret, c?.secret_hash ?? null) || !c) throw notFound('Đơn với mã tra cứu và mã bí mật này');
  const v = caseView(await calendarFor(ctx.db), todayVn(ctx.now), c);
  const evs = await store.events(ctx.db, c.id);
  const unit = await getUnit(ctx.db, c.unit_id);
  return {
    trackingCode: c.tracking_code,
    type: c.type,
    typeLabel: v.typeLabel,
    status: c.status,
    statusLabel: v.statusLabel,
    unitName: unit.name,
    receivedOn: c.received_on,
    dueDates: v.dueDates,
    overdue: v.warning === 'overdue',
    publicAnswer: c.public_answer,
    history: evs.filter((e) => PUBLIC_EVENTS[e.action]).map((e) => ({ date: e.on_date, label: PUBLIC_EVENTS[e.action]! })),
  };
}
