// Writing a report: saving its narrative sections (the figures are never written: they come from the records).
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { requirePermission } from '../../core/permissions.ts';
import { getUnit } from '../units/index.ts';
import { getDraft, type DraftView } from './queries/document.ts';
import { NARRATIVE_KEYS, type NarrativeKey } from './rules.ts';
import * as store from './store.ts';

export async function saveDraft(
  ctx: Ctx,
  input: { unitId: number; from: string; to: string; number?: string | null; signerName?: string; sections: Partial<Record<NarrativeKey, string>> },
): Promise<DraftView> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'report.edit', unit.path);
    const sections: Record<string, string> = {};
    for (const k of NARRATIVE_KEYS) {
      const v = input.sections[k];
      if (typeof v === 'string' && v.trim()) sections[k] = v.replace(/\r\n/g, '\n').trim();
    }
    if (input.signerName?.trim()) sections.signerName = input.signerName.trim();
    const id = await store.upsertDraft(tx.db, { unitId: unit.id, from: input.from, to: input.to, number: input.number?.trim() || null, sections, by: actor.userId, at: tx.now });
    await audit(tx, {
      action: 'report.draft.save',
      targetType: 'report_draft',
      targetId: id,
      unitId: unit.id,
      data: { from: input.from, to: input.to, sections: Object.keys(sections) },
    });
    return getDraft(tx, unit.id, { from: input.from, to: input.to });
  });
}
