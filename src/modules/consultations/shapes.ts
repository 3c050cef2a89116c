// The API's shapes of consultations, opinions and groups (ids as strings, labels in Vietnamese), from the rows of
// the store. Pure: the schemas of these shapes are in schema.ts.
import { percent } from '../../core/format.ts';
import { KIND_LABELS, RESPONSE_LABELS, SOURCE_LABELS, STANCE_LABELS, STATUS_LABELS, effectiveStatus } from './rules.ts';
import type { ConsultationRow, GroupWithCounts, OpinionRow } from './store.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const stateOf = (c: ConsultationRow) => ({ status: c.status, opensOn: c.opens_on, closesOn: c.closes_on, minDays: c.min_days });

/** A consultation as listed; its status as residents see it (an open consultation past its closing date is closed). */
export function consultationOut(c: ConsultationRow, unitName: string, today: string) {
  const status = effectiveStatus(stateOf(c), today);
  return {
    id: String(c.id),
    unitId: String(c.unit_id),
    unitName,
    villageIds: c.village_ids.map(String),
    kind: c.kind,
    kindLabel: KIND_LABELS[c.kind].vi,
    title: c.title,
    opensOn: c.opens_on,
    closesOn: c.closes_on,
    closedOn: c.closed_on,
    minDays: c.min_days,
    status,
    statusLabel: STATUS_LABELS[status].vi,
    createdAt: iso(c.created_at)!,
  };
}

export type ConsultationOut = ReturnType<typeof consultationOut>;

/**
 * An opinion. `groupKeys` maps group ids to keys (empty: the group is not shown); author names only to the
 * officials in charge (`withNames`).
 */
export function opinionOut(o: OpinionRow, groupKeys: ReadonlyMap<number, string>, personId: number | null, withNames: boolean) {
  return {
    id: String(o.id),
    source: o.source,
    sourceLabel: SOURCE_LABELS[o.source].vi,
    sourceNote: o.source_note,
    stance: o.stance,
    stanceLabel: STANCE_LABELS[o.stance].vi,
    body: o.body,
    authorName: withNames ? o.author_name : null,
    villageId: o.village_id === null ? null : String(o.village_id),
    groupKey: o.group_id === null ? null : (groupKeys.get(o.group_id) ?? null),
    mine: personId !== null && o.person_id === personId,
    createdAt: iso(o.created_at)!,
    updatedAt: iso(o.updated_at)!,
  };
}

export type OpinionOut = ReturnType<typeof opinionOut>;

/** Groups with their size, share of all `total` opinions and response. */
export function groupsOut(groups: readonly GroupWithCounts[], total: number) {
  return groups.map((g) => ({
    key: g.key,
    label: g.label,
    labelSource: g.label_source,
    kind: g.kind,
    topTerms: g.top_terms,
    size: g.size,
    percent: percent(g.size, total),
    stances: g.stances,
    response:
      g.response_kind && g.response_text
        ? { kind: g.response_kind, kindLabel: RESPONSE_LABELS[g.response_kind].vi, text: g.response_text, respondedAt: iso(g.responded_at) }
        : null,
  }));
}
