// Decisions listed, newest first, as everyone may read them (the public side of "dân bàn và quyết định").
import type { Ctx } from '../../../core/context.ts';
import { toPage, type Page } from '../../../core/http.ts';
import { getUnit } from '../../units/index.ts';
import { DECISION_STATUS_LABELS, MATTER_LABELS, METHOD_LABELS, passingThreshold, ruleForMatter, rulePhraseVi, type DecisionMethod, type DecisionStatus, type Matter } from '../rules.ts';
import { listDecisions as listRows, type DecisionRow } from '../store/decisions.ts';
import { participationCounts } from '../store/electorate.ts';

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** A decision as listed: what is decided, how, by which rule, and how many households took part. */
export function summaryOut(d: DecisionRow, participating: number) {
  const matter = d.matter as Matter;
  const rule = ruleForMatter(matter);
  return {
    id: String(d.id),
    unitId: String(d.unit_id),
    unitName: d.unit_name,
    title: d.title,
    matter,
    matterLabel: MATTER_LABELS[matter],
    kind: d.kind,
    method: d.method,
    methodLabel: METHOD_LABELS[d.method as DecisionMethod],
    secret: d.secret,
    status: d.status,
    statusLabel: DECISION_STATUS_LABELS[d.status as DecisionStatus],
    opensAt: iso(d.opens_at)!,
    closesAt: iso(d.closes_at),
    openedOn: d.opened_on,
    closedOn: d.closed_on,
    eligibleHouseholds: d.eligible_households,
    participatingHouseholds: participating,
    rule,
    rulePhrase: rulePhraseVi(rule),
    threshold: passingThreshold(rule, d.eligible_households),
    passed: d.passed,
  };
}

export type DecisionSummary = ReturnType<typeof summaryOut>;

export async function listDecisions(ctx: Ctx, f: { unitId?: number; status?: string; cursor?: number | null; limit: number }): Promise<Page<DecisionSummary>> {
  const unitPath = f.unitId ? (await getUnit(ctx.db, f.unitId)).path : undefined;
  const rows = await listRows(ctx.db, { unitPath, status: f.status, beforeId: f.cursor, limit: f.limit });
  const counts = await participationCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return toPage(rows, f.limit, (r) => summaryOut(r, counts.get(r.id) ?? 0));
}
