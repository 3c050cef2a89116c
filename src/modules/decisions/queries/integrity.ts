// The ballot integrity check of a decision (rules/integrity.ts): register, ballot box and the audit entries of its
// ballots compared, the households named. For those who may read the audit log in the decision's unit.
import { auditTrailOf, chainWalk } from '../../../core/audit.ts';
import type { Ctx } from '../../../core/context.ts';
import { formatInt } from '../../../core/format.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { householdNames } from '../../units/index.ts';
import { checkBallotIntegrity, type AuditedBallotsEntry, type IntegrityReport } from '../rules.ts';
import { ballotChainPrefix, registerChoices, tallyCounts } from '../store/ballots.ts';
import { getDecision } from '../store/decisions.ts';

/** The audit entries of a decision's ballot batches, each walked (a batch's chain holds its one entry), and the
 *  heads whose entry is gone. */
async function auditedBatches(ctx: Ctx, decisionId: number): Promise<{ entries: AuditedBallotsEntry[]; orphanHeads: string[] }> {
  const trail = await auditTrailOf(ctx, {
    targetType: 'decision',
    targetId: String(decisionId),
    action: 'decision.ballots',
    chainPrefix: ballotChainPrefix(decisionId),
  });
  const heads = new Map(trail.heads.map((h) => [h.chain, h]));
  const entries = trail.entries.map((e) => {
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
  const audited = new Set(trail.entries.map((e) => e.chain));
  return { entries, orphanHeads: trail.heads.filter((h) => !audited.has(h.chain)).map((h) => h.chain) };
}

/** The problems as answered: ids as strings, the households with their names (an inspector looks for the household). */
async function problemsOut(ctx: Ctx, report: IntegrityReport) {
  const listed = [...new Set(report.problems.flatMap((p) => p.householdIds ?? []))];
  const names = await householdNames(ctx.db, listed);
  return report.problems.map((p) => ({
    ...p,
    ...(p.householdIds
      ? {
          householdIds: p.householdIds.map(String),
          households: p.householdIds.map((h) => ({ id: String(h), name: names.get(h) ?? null })),
        }
      : {}),
    ...(p.entryIds ? { entryIds: p.entryIds.map(String) } : {}),
  }));
}

export async function ballotIntegrity(ctx: Ctx, id: number) {
  const d = await getDecision(ctx.db, id);
  requirePermission(ctx.actor, 'audit.read', d.unit_path);
  const register = await registerChoices(ctx.db, id);
  const { entries, orphanHeads } = await auditedBatches(ctx, id);
  const counts = await tallyCounts(ctx.db, id);
  const report = checkBallotIntegrity({
    secret: d.secret,
    options: d.options,
    register,
    box: d.options.map((_, i) => counts.get(i) ?? 0),
    entries,
    orphanHeads,
  });
  return {
    decisionId: String(d.id),
    status: d.status,
    secret: d.secret,
    eligibleHouseholds: d.eligible_households,
    checkedAt: ctx.now.toISOString(),
    ...report,
    problems: await problemsOut(ctx, report),
    message: report.ok
      ? `Dữ liệu phiếu toàn vẹn: ${formatInt(report.registerCount)} hộ đã biểu quyết, hòm phiếu và nhật ký phiếu khớp nhau.`
      : `Phát hiện ${report.problems.length} điểm không khớp trong dữ liệu phiếu.`,
  };
}
