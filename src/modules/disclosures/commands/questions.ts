// Questions and answers on a disclosure: residents ask, those who may answer in the unit are notified; the answer
// is public and the asker is notified.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { parseId } from '../../../core/http.ts';
import { enqueue } from '../../../core/outbox.ts';
import { requireActor, requirePermission, rolesFor } from '../../../core/permissions.ts';
import { assertAllowed, conflict, unprocessable } from '../../../core/refusal.ts';
import { usersWithRolesOver } from '../../units/index.ts';
import { invalidateDisclosureCache } from '../cache.ts';
import { assertCanRead, disclosingUnit } from '../disclosing-unit.ts';
import { askerCheck, cleanText } from '../rules.ts';
import * as store from '../store.ts';

/** A resident (anyone with a role in, above or below the commune or unit) asks on a disclosure they can read. */
export async function askQuestion(ctx: Ctx, disclosureId: string, text: string): Promise<{ id: string }> {
  const id = await inTransaction(ctx, async (tx) => {
    const actor = requireActor(tx.actor);
    const d = await store.getDisclosure(tx.db, parseId(disclosureId));
    const du = await disclosingUnit(tx.db, d.unit_id);
    assertCanRead(tx.actor, du);
    assertAllowed(askerCheck(actor, (du.commune ?? du.unit).path));
    const question = cleanText(text, 'question', 2000);
    const qid = await store.insertQuestion(tx.db, { disclosureId: d.id, askedBy: actor.userId, askerName: actor.name, question, askedAt: tx.now });
    const answerers = await usersWithRolesOver(tx.db, d.unit_path, rolesFor('disclosure.answer'), { belowCountry: true });
    await enqueue(
      tx,
      ...answerers
        .filter((u) => u.id !== actor.userId)
        .map((u) => ({
          kind: 'disclosure.question',
          recipientId: u.id,
          channel: 'in_app',
          payload: { title: `Câu hỏi mới về: ${d.title}`, body: question.slice(0, 200), link: `/cong-khai/${d.id}` },
        })),
    );
    await audit(tx, { action: 'disclosure.ask', targetType: 'disclosure', targetId: d.id, unitId: d.unit_id, data: { questionId: qid } });
    return qid;
  });
  invalidateDisclosureCache();
  return { id: String(id) };
}

/** An official answers a question once; the answer is public and the asker is told. */
export async function answerQuestion(ctx: Ctx, disclosureId: string, questionId: string, text: string): Promise<{ id: string; answered: true }> {
  const dId = parseId(disclosureId);
  const qId = parseId(questionId, 'questionId');
  await inTransaction(ctx, async (tx) => {
    const q = await store.getQuestion(tx.db, qId, true);
    if (q.disclosure_id !== dId) throw unprocessable('QUESTION_NOT_ON_DISCLOSURE', 'Câu hỏi không thuộc nội dung công khai này.');
    const d = await store.getDisclosure(tx.db, dId);
    const actor = requirePermission(tx.actor, 'disclosure.answer', d.unit_path);
    if (q.answer !== null) throw conflict('ALREADY_ANSWERED', 'Câu hỏi này đã được trả lời.');
    const answer = cleanText(text, 'answer', 5000);
    const ok = await store.answerQuestion(tx.db, qId, { answer, by: actor.userId, name: actor.name, at: tx.now });
    if (!ok) throw conflict('ALREADY_ANSWERED', 'Câu hỏi này đã được trả lời.');
    await enqueue(tx, {
      kind: 'disclosure.answered',
      recipientId: q.asked_by,
      channel: 'in_app',
      payload: { title: `Câu hỏi của bạn đã được trả lời: ${d.title}`, body: answer.slice(0, 200), link: `/cong-khai/${d.id}` },
    });
    await audit(tx, { action: 'disclosure.answer', targetType: 'disclosure', targetId: d.id, unitId: d.unit_id, data: { questionId: qId, answer } });
  });
  invalidateDisclosureCache();
  return { id: questionId, answered: true };
}
