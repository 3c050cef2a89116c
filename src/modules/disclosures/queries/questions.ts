// The queue of residents' questions in a unit and below, for those who answer them (with the askers' names).
import type { Ctx } from '../../../core/context.ts';
import { decodeCursor, parseId, toPage } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { disclosingUnit } from '../disclosing-unit.ts';
import type { QuestionQueueQuery } from '../schema/disclosing.ts';
import * as store from '../store.ts';

const iso = (d: Date) => new Date(d).toISOString();

export async function questionQueue(ctx: Ctx, query: QuestionQueueQuery) {
  const du = await disclosingUnit(ctx.db, parseId(query.unitId, 'unitId'));
  requirePermission(ctx.actor, 'disclosure.answer', du.unit.path);
  const rows = await store.listQuestionsIn(ctx.db, {
    unitPath: du.unit.path,
    open: (query.status ?? 'open') === 'open',
    beforeId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, (q) => ({
    id: String(q.id),
    disclosureId: String(q.disclosure_id),
    disclosureTitle: q.disclosure_title,
    unitId: String(q.unit_id),
    question: q.question,
    askerName: q.asker_name,
    askedAt: iso(q.asked_at),
    answer: q.answer,
    answeredAt: q.answered_at ? iso(q.answered_at) : null,
    answeredBy: q.answerer_name,
  }));
}
