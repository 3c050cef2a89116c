// Who may do what with a consultation, beyond the plain permission of an action: the officials in charge, the
// people who enter opinions, the residents of its area (the commune, or the villages chosen), and who may see the
// synthesis before it is published (Law 10/2022 Art. 28 cl. 3: the results are made public to the residents).
import type { Actor } from '../../core/context.ts';
import { can, grantsAllow } from '../../core/permissions.ts';
import { refusedWith } from '../../core/refusal.ts';
import type { ConsultationRow } from './store.ts';
import type { ConsultationStatus } from './tables.ts';

/** The officials in charge: they synthesise, correct the groups, respond, publish and finish. */
export function canManage(actor: Actor | null, c: Pick<ConsultationRow, 'unit_path'>): boolean {
  return can(actor, 'consultation.respond', c.unit_path);
}

export function canEnter(actor: Actor | null, c: Pick<ConsultationRow, 'unit_path'>): boolean {
  return can(actor, 'consultation.enter_opinion', c.unit_path);
}

/** The village through which a resident takes part, or null when they do not live in the consultation's area. */
export function residentVillage(actor: Actor | null, c: Pick<ConsultationRow, 'unit_path' | 'village_ids'>): number | null {
  if (!actor) return null;
  for (const g of actor.grants) {
    if (!grantsAllow([g], 'consultation.give_opinion', g.unitPath)) continue;
    if (!g.unitPath.startsWith(c.unit_path)) continue;
    if (c.village_ids.length > 0 && !c.village_ids.some((v) => g.unitPath.includes(`/${v}/`))) continue;
    return g.unitId;
  }
  return null;
}

export const isPublished = (status: ConsultationStatus): boolean => status === 'published' || status === 'finished';

/** The synthesis is visible to the officials in charge, and to everyone once published. */
export function assertSynthesisVisible(actor: Actor | null, c: ConsultationRow): void {
  if (isPublished(c.status)) return;
  if (!canManage(actor, c) && !canEnter(actor, c)) {
    throw refusedWith(403, 'NOT_PUBLISHED', 'Kết quả tổng hợp ý kiến chưa được công khai.');
  }
}
