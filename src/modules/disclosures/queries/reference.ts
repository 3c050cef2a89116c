// The law's lists as the API shows them: categories to disclose and media, per kind of unit, and the minimum
// posting periods.
import { ALL_CATEGORIES, MEDIA, categoriesFor, type DisclosureUnitKind } from '../categories.ts';
import { AGENCY_MIN_POSTING_DAYS, COMMUNE_MIN_POSTING_DAYS, ENTERPRISE_MIN_POSTING_DAYS } from '../rules.ts';

export function disclosureReference(kind: DisclosureUnitKind | undefined) {
  return {
    categories: (kind ? categoriesFor(kind) : ALL_CATEGORIES).map((c) => ({
      code: c.code,
      kind: c.kind,
      name: c.vi,
      nameEn: c.en,
      legalBasis: c.legalBasis,
      mandatory: c.mandatory,
      frequency: c.frequency,
      loudspeaker: !!c.loudspeaker,
    })),
    channels: MEDIA.filter((m) => !kind || m.kinds.includes(kind)).map((m) => ({ code: m.code, name: m.vi, nameEn: m.en, kinds: m.kinds, legalBasis: m.legalBasis })),
    postingDays: { commune: COMMUNE_MIN_POSTING_DAYS, agency: AGENCY_MIN_POSTING_DAYS, enterprise: ENTERPRISE_MIN_POSTING_DAYS },
  };
}
