// An official corrects the automatic groups (merge, split, rename, move) with the pure helpers of grouping/edit.ts.
// A group whose opinions change loses its response (it must be answered again) and gets fresh automatic terms; a
// renamed group keeps its response.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed } from '../../../core/refusal.ts';
import { relabelGroups, type OpinionGroup } from '../grouping.ts';
import { mergeGroups, moveOpinions, renameGroup, splitGroup } from '../grouping/edit.ts';
import { correctionRefusal } from '../rules.ts';
import * as store from '../store.ts';
import { actionResult, type ActionResult } from './common.ts';

type Correction =
  | { op: 'merge'; keys: string[]; label?: string }
  | { op: 'split'; key: string; opinionIds: string[]; label?: string }
  | { op: 'rename'; key: string; label: string }
  | { op: 'move'; opinionIds: string[]; toKey: string };

function apply(groups: readonly OpinionGroup[], op: Correction): OpinionGroup[] {
  switch (op.op) {
    case 'merge':
      return mergeGroups(groups, op.keys, op.label);
    case 'split':
      return splitGroup(groups, op.key, op.opinionIds, op.label);
    case 'rename':
      return renameGroup(groups, op.key, op.label);
    case 'move':
      return moveOpinions(groups, op.opinionIds, op.toKey);
  }
}

/** Keys of the groups of `next` whose opinions are not those they had in `before` (new groups included). */
function changedKeys(before: readonly OpinionGroup[], next: readonly OpinionGroup[]): string[] {
  const old = new Map(before.map((g) => [g.key, g]));
  return next
    .filter((g) => {
      const b = old.get(g.key);
      return !b || b.opinionIds.length !== g.opinionIds.length || [...g.opinionIds].sort().join() !== [...b.opinionIds].sort().join();
    })
    .map((g) => g.key);
}

async function loadGroups(tx: Ctx, consultationId: number) {
  const rows = await store.listGroups(tx.db, consultationId);
  const members = await store.groupMembers(tx.db, consultationId);
  const groups: OpinionGroup[] = rows.map((g) => ({
    key: g.key,
    label: g.label,
    labelSource: g.label_source,
    kind: g.kind,
    topTerms: g.top_terms,
    opinionIds: (members.get(g.id) ?? []).map(String),
  }));
  return { rows, groups };
}

/** The groups to store: unchanged groups keep their response, changed ones lose it. */
function toStore(next: readonly OpinionGroup[], rows: readonly store.GroupRow[], changed: ReadonlySet<string>): store.NewGroup[] {
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  return next.map((g) => {
    const old = rowByKey.get(g.key);
    const keep = old && !changed.has(g.key) && old.response_kind && old.response_text;
    return {
      key: g.key,
      label: g.label,
      labelSource: g.labelSource,
      kind: g.kind,
      topTerms: g.topTerms,
      opinionIds: g.opinionIds.map(Number),
      response: keep ? { kind: old.response_kind!, text: old.response_text!, at: old.responded_at, by: old.responded_by } : null,
    };
  });
}

export async function correctGroups(ctx: Ctx, consultationId: number, op: Correction): Promise<ActionResult> {
  return inTransaction(ctx, async (tx) => {
    const c = await store.getConsultation(tx.db, consultationId, true);
    requirePermission(tx.actor, 'consultation.respond', c.unit_path);
    const { rows, groups } = await loadGroups(tx, c.id);
    assertAllowed(correctionRefusal(c.status, rows.length));
    let next = apply(groups, op);
    const changed = changedKeys(groups, next);
    if (changed.length > 0) {
      const opinions = await store.listOpinions(tx.db, c.id);
      next = relabelGroups(opinions.map((o) => ({ id: String(o.id), text: o.body })), next, changed);
    }
    const changedSet = new Set(changed);
    await store.replaceGroups(tx.db, c.id, toStore(next, rows, changedSet));
    const cleared = rows.filter((r) => r.response_kind && (changedSet.has(r.key) || !next.some((g) => g.key === r.key))).map((r) => r.key);
    await audit(tx, {
      action: `consultation.group_${op.op}`,
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { ...op, changed, responsesCleared: cleared },
    });
    return actionResult(c.id, 'ok');
  });
}
