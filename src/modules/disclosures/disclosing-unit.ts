// The unit that discloses: its kind for the rules (villages follow their commune), its commune, whether its
// information is public, its posting period. Read through the units module's door; shared by commands and queries.
import type { Actor } from '../../core/context.ts';
import type { Db } from '../../core/db.ts';
import { assertAllowed, unprocessable } from '../../core/refusal.ts';
import { getUnit, unitSettings, type UnitRow } from '../units/index.ts';
import { disclosureKindOf, type DisclosureUnitKind } from './categories.ts';
import { configuredPostingDays, defaultPostingDays, readCheck } from './rules.ts';

export interface DisclosingUnit {
  unit: UnitRow;
  kind: DisclosureUnitKind;
  /** The commune of a village (itself for a commune); null for agencies and enterprises. */
  commune: UnitRow | null;
  /** Commune-level information is public; agencies' and enterprises' is internal (Art. 46, 64: "trong nội bộ"). */
  isPublic: boolean;
}

export async function disclosingUnit(db: Db, unitId: number): Promise<DisclosingUnit> {
  const unit = await getUnit(db, unitId);
  const kind = disclosureKindOf(unit.kind);
  if (!kind) throw unprocessable('UNIT_CANNOT_DISCLOSE', 'Chỉ xã, phường, thôn, tổ dân phố, cơ quan, đơn vị và doanh nghiệp mới công khai thông tin.');
  let commune: UnitRow | null = null;
  if (unit.kind === 'commune') commune = unit;
  else if (unit.kind === 'village' && unit.parent_id !== null) commune = await getUnit(db, unit.parent_id);
  return { unit, kind, commune, isPublic: kind === 'commune' };
}

/** Posting period of a unit: its own setting, else its commune's (for a village), else the legal default. */
export async function postingDaysFor(db: Db, du: DisclosingUnit): Promise<{ days: number; configured: boolean }> {
  const owner = du.unit.kind === 'village' && du.commune ? du.commune : du.unit;
  const days = configuredPostingDays((await unitSettings(db, owner.id)).disclosures);
  return days === null ? { days: defaultPostingDays(du.kind), configured: false } : { days, configured: true };
}

/** 403 unless the actor may read the unit's disclosures (commune information is public; internal otherwise). */
export function assertCanRead(actor: Actor | null, du: DisclosingUnit): void {
  assertAllowed(readCheck({ isPublic: du.isPublic, path: du.unit.path }, actor));
}
