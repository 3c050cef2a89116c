// Publishes a closed decision's result as a disclosure ("dân biết") through the disclosures module's exported use
// case, inside the closing transaction. Closing is already authorised (decision.open on the village), so the
// disclosure is published as part of that act ({ authorized: true }).
import type { Ctx } from '../../../core/context.ts';
import { formatInt, formatLegalDate } from '../../../core/format.ts';
import { publishDisclosure } from '../../disclosures/index.ts';
import { MATTER_LABELS, type Matter, type StoredResult } from '../rules.ts';

interface PublishableDecision {
  id: number;
  unit_id: number;
  unit_name: string;
  title: string;
  matter: string;
}

function resultBody(d: PublishableDecision, r: StoredResult): string {
  return [
    `Nội dung: ${d.title}`,
    `Loại nội dung: ${MATTER_LABELS[d.matter as Matter] ?? d.matter}`,
    `Ngày kết thúc biểu quyết: ${formatLegalDate(r.closedOn)}`,
    `Tổng số hộ gia đình: ${formatInt(r.eligibleHouseholds)}; số hộ tham gia biểu quyết: ${formatInt(r.participatingHouseholds)}`,
    ...Object.entries(r.counts).map(([o, n]) => `- ${o}: ${formatInt(n)} hộ`),
    r.summary,
  ].join('\n');
}

export async function publishDecisionResult(ctx: Ctx, d: PublishableDecision, r: StoredResult): Promise<number> {
  const out = await publishDisclosure(
    ctx,
    {
      unitId: d.unit_id,
      category: 'vote_results',
      title: `Kết quả biểu quyết: ${d.title}`.slice(0, 300),
      body: resultBody(d, r),
      channels: ['notice_board', 'village_head'],
      decidedOn: r.closedOn,
    },
    { authorized: true },
  );
  return out.id;
}
