// Read use cases: list, detail, result (after closing only), participation (officials only).
import type { Ctx } from '../../core/context.ts';
import { unprocessable } from '../../core/refusal.ts';
import { can, requirePermission } from '../../core/permissions.ts';
import { toPage, type Page } from '../../core/http.ts';
import {
  DECISION_STATUS_LABELS,
  MATTER_LABELS,
  RECOGNITION_AUTHORITY_LABELS,
  allowedActions,
  canPublishBreakdown,
  passingThreshold,
  ruleForMatter,
  rulePhraseVi,
  type DecisionStatus,
  type Matter,
  type RecognitionAuthority,
} from './rules.ts';
import { CHANNELS, CHANNEL_LABELS, METHOD_LABELS, type Channel, type StoredResult } from './commands.ts';
import * as store from './store.ts';
import { checkBallotIntegrity, type AuditedBallotsEntry } from './integrity.ts';
import { chainWalk } from '../../core/audit.ts';
import { formatInt } from '../../core/format.ts';

type Row = NonNullable<Awaited<ReturnType<typeof store.findDecision>>>;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function summaryOut(d: Row, participating: number) {
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
    methodLabel: METHOD_LABELS[d.method as keyof typeof METHOD_LABELS],
    secret: d.secret,
    status: d.status,
    statusLabel: DECISION_STATUS_LABELS[d.status as DecisionStatus],
    opensAt: iso(d.opens_at),
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

export interface ResultOut {
  decisionId: string;
  status: string;
  eligibleHouseholds: number;
  participatingHouseholds: number;
  counts: Record<string, number>;
  passed: boolean;
  winningOption: string | null;
  threshold: number;
  rule: string;
  outcome: string;
  tiedOptions: string[];
  summary: string;
  closedOn: string;
  /** Participation by channel; a group under 5 households is not published (households: null). */
  breakdown: { channel: string; label: string; households: number | null; suppressed: boolean }[];
}

export function resultOut(d: Row): ResultOut {
  const r = d.result as unknown as StoredResult;
  return {
    decisionId: String(d.id),
    status: d.status,
    eligibleHouseholds: r.eligibleHouseholds,
    participatingHouseholds: r.participatingHouseholds,
    counts: r.counts,
    passed: r.passed,
    winningOption: r.winningOption,
    threshold: r.threshold,
    rule: r.rule,
    outcome: r.outcome,
    tiedOptions: r.tiedOptions,
    summary: r.summary,
    closedOn: r.closedOn,
    breakdown: CHANNELS.filter((c) => (r.channels?.[c] ?? 0) > 0).map((c) => {
      const n = r.channels[c] ?? 0;
      const ok = canPublishBreakdown(n);
      return { channel: c, label: CHANNEL_LABELS[c], households: ok ? n : null, suppressed: !ok };
    }),
  };
}

export async function listDecisions(
  ctx: Ctx,
  f: { unitId?: number; status?: string; cursor?: number | null; limit: number },
): Promise<Page<ReturnType<typeof summaryOut>>> {
  const unitPath = f.unitId ? (await store.getUnit(ctx.db, f.unitId)).path : undefined;
  const rows = await store.listDecisions(ctx.db, { unitPath, status: f.status, beforeId: f.cursor, limit: f.limit });
  const counts = await store.participationCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return toPage(rows, f.limit, (r) => summaryOut(r, counts.get(r.id) ?? 0));
}

export async function decisionDetail(ctx: Ctx, id: number) {
  const d = await store.getDecision(ctx.db, id);
  const participating = await store.participationCount(ctx.db, id);
  const actor = ctx.actor;
  let myHousehold: { id: string; voted: boolean; eligible: boolean } | null = null;
  if (actor) {
    const mine = await store.representedHouseholds(ctx.db, actor.personId);
    for (const h of mine) {
      const eligible = await store.isEligible(ctx.db, id, h);
      if (eligible || mine.length === 1) {
        myHousehold = { id: String(h), eligible, voted: eligible ? await store.hasVoted(ctx.db, id, h) : false };
        if (eligible) break;
      }
    }
  }
  const authority = d.recognition_authority as RecognitionAuthority | null;
  const closed = d.status === 'closed' || d.status === 'recognised' || d.status === 'refused';
  const actions = allowedActions(d.status as DecisionStatus, { matter: d.matter as Matter, passed: d.passed ?? undefined });
  return {
    ...summaryOut(d, participating),
    description: d.description,
    options: d.options,
    initialMethod: d.initial_method,
    meeting: d.meeting,
    recognition: authority
      ? {
          authority,
          authorityLabel: RECOGNITION_AUTHORITY_LABELS[authority],
          submittedOn: d.submitted_on,
          dueOn: d.recognition_due_on,
          answeredOn: d.recognised_on,
          number: d.recognition_number,
          refusalReason: d.status === 'refused' ? d.refusal_reason : null,
        }
      : null,
    cancelReason: d.status === 'cancelled' ? d.refusal_reason : null,
    disclosureId: d.disclosure_id === null ? null : String(d.disclosure_id),
    result: closed && d.result ? resultOut(d) : null,
    myHousehold,
    permissions: {
      manage: can(actor, 'decision.open', d.unit_path),
      enterBallots: can(actor, 'decision.enter_ballot', d.unit_path),
      viewParticipation: can(actor, 'decision.view_participation', d.unit_path),
      recognise: can(actor, 'decision.recognise', d.unit_path),
      checkIntegrity: can(actor, 'audit.read', d.unit_path),
    },
    allowedActions: actions,
  };
}

export async function decisionResult(ctx: Ctx, id: number): Promise<ResultOut> {
  const d = await store.getDecision(ctx.db, id);
  if (!d.result || d.status === 'open' || d.status === 'draft' || d.status === 'cancelled') {
    throw unprocessable(
      'RESULT_NOT_AVAILABLE',
      'Kết quả chỉ được công bố sau khi kết thúc biểu quyết (trong khi biểu quyết không công bố số phiếu từng phương án).',
    );
  }
  return resultOut(d);
}

export async function participation(
  ctx: Ctx,
  id: number,
  f: { q?: string; voted?: boolean; cursor?: number | null; limit: number },
) {
  const d = await store.getDecision(ctx.db, id);
  requirePermission(ctx.actor, 'decision.view_participation', d.unit_path);
  const participating = await store.participationCount(ctx.db, id);
  const rows = await store.participationList(ctx.db, id, { q: f.q?.trim() || undefined, voted: f.voted, afterId: f.cursor, limit: f.limit });
  const page = toPage(rows, f.limit, (r) => ({
    householdId: String(r.id),
    name: r.name,
    address: r.address,
    representative: r.rep_name,
    voted: r.channel !== null,
    channel: r.channel as Channel | null,
    recordedAt: iso(r.recorded_at),
  }));
  return { eligibleHouseholds: d.eligible_households, participatingHouseholds: participating, status: d.status, ...page };
}

/**
 * The ballot integrity check of a decision (integrity.ts): register, ballot box and the audit entries of its
 * ballots compared. For those who may read the audit log in the decision's unit.
 */
export async function ballotIntegrity(ctx: Ctx, id: number) {
  const d = await store.getDecision(ctx.db, id);
  requirePermission(ctx.actor, 'audit.read', d.unit_path);
  const rows = await store.ballotIntegrityRows(ctx.db, id);
  const counts = await store.tallyCounts(ctx.db, id);
  const heads = new Map(rows.heads.map((h) => [h.chain, h]));
  const entries: AuditedBallotsEntry[] = rows.entries.map((e) => {
    // A batch's chain holds its one entry: walked and compared with its head as any chain is.
    const walk = chainWalk(e.chain);
    walk.add(e);
    const data = e.data as { ballots?: { householdId?: unknown; choice?: unknown }[] } | null;
    return {
      id: e.id,
      chain: e.chain,
      hashOk: walk.verdict(heads.get(e.chain) ?? null).ok,
      ballots: (Array.isArray(data?.ballots) ? data.ballots : []).map((b) => ({
        householdId: Number(b.householdId),
        ...(typeof b.choice === 'string' ? { choice: b.choice } : {}),
      })),
    };
  });
  const audited = new Set(rows.entries.map((e) => e.chain));
  const report = checkBallotIntegrity({
    secret: d.secret,
    options: d.options,
    register: rows.register.map((r) => ({ householdId: Number(r.household_id), choice: r.choice === null ? null : Number(r.choice) })),
    box: d.options.map((_, i) => counts.get(i) ?? 0),
    entries,
    orphanHeads: rows.heads.filter((h) => !audited.has(h.chain)).map((h) => h.chain),
  });
  // The households named are shown with their names: an inspector looks for the household, not its id.
  const listed = [...new Set(report.problems.flatMap((p) => p.householdIds ?? []))];
  const names = new Map(
    listed.length
      ? (await ctx.db.selectFrom('households').select(['id', 'name']).where('id', 'in', listed).execute()).map((h) => [Number(h.id), h.name])
      : [],
  );
  return {
    decisionId: String(d.id),
    status: d.status,
    secret: d.secret,
    eligibleHouseholds: d.eligible_households,
    checkedAt: ctx.now.toISOString(),
    ...report,
    problems: report.problems.map((p) => ({
      ...p,
      ...(p.householdIds
        ? {
            householdIds: p.householdIds.map(String),
            households: p.householdIds.map((h) => ({ id: String(h), name: names.get(h) ?? null })),
          }
        : {}),
      ...(p.entryIds ? { entryIds: p.entryIds.map(String) } : {}),
    })),
    message: report.ok
      ? `Dữ liệu phiếu toàn vẹn: ${formatInt(report.registerCount)} hộ đã biểu quyết, hòm phiếu và nhật ký phiếu khớp nhau.`
      : `Phát hiện ${report.problems.length} điểm không khớp trong dữ liệu phiếu.`,
  };
}
