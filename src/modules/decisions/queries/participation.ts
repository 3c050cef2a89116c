// Which households of the frozen electorate voted, and how (the channel, never the choice): for those who run the
// vote in the village (decision.view_participation).
import type { Ctx } from '../../../core/context.ts';
import { toPage } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import type { BallotChannel } from '../rules.ts';
import { getDecision } from '../store/decisions.ts';
import { participationCount, participationList } from '../store/electorate.ts';
import { iso } from './list.ts';

export async function participation(ctx: Ctx, id: number, f: { q?: string; voted?: boolean; cursor?: number | null; limit: number }) {
  const d = await getDecision(ctx.db, id);
  requirePermission(ctx.actor, 'decision.view_participation', d.unit_path);
  const participating = await participationCount(ctx.db, id);
  const rows = await participationList(ctx.db, id, { q: f.q?.trim() || undefined, voted: f.voted, afterId: f.cursor, limit: f.limit });
  const page = toPage(rows, f.limit, (r) => ({
    householdId: String(r.id),
    name: r.name,
    address: r.address,
    representative: r.rep_name,
    voted: r.channel !== null,
    channel: r.channel as BallotChannel | null,
    recordedAt: iso(r.recorded_at),
  }));
  return { eligibleHouseholds: d.eligible_households, participatingHouseholds: participating, status: d.status, ...page };
}
