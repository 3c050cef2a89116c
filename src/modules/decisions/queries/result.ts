// The result of a decision as published: after closing only (while it is open no count per option is shown).
import type { Ctx } from '../../../core/context.ts';
import { unprocessable } from '../../../core/refusal.ts';
import { BALLOT_CHANNELS, CHANNEL_LABELS, canPublishBreakdown, type StoredResult } from '../rules.ts';
import { getDecision } from '../store/decisions.ts';

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

export function resultOut(d: { id: number; status: string; result: unknown }): ResultOut {
  const r = d.result as StoredResult;
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
    breakdown: BALLOT_CHANNELS.filter((c) => (r.channels?.[c] ?? 0) > 0).map((c) => {
      const n = r.channels[c] ?? 0;
      const ok = canPublishBreakdown(n);
      return { channel: c, label: CHANNEL_LABELS[c], households: ok ? n : null, suppressed: !ok };
    }),
  };
}

export async function decisionResult(ctx: Ctx, id: number): Promise<ResultOut> {
  const d = await getDecision(ctx.db, id);
  if (!d.result || d.status === 'open' || d.status === 'draft' || d.status === 'cancelled') {
    throw unprocessable(
      'RESULT_NOT_AVAILABLE',
      'Kết quả chỉ được công bố sau khi kết thúc biểu quyết (trong khi biểu quyết không công bố số phiếu từng phương án).',
    );
  }
  return resultOut(d);
}
