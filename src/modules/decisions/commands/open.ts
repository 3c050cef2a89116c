// Opening a decision for the households of a village to decide: the method checked against the law, the options
// checked, the village's households frozen as the electorate, the empty ballot box made, all in one transaction.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { assertAllowed, badRequest, unprocessable, unwrap } from '../../../core/refusal.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { getUnit } from '../../units/index.ts';
import {
  checkOptions,
  householdCounts,
  defaultKind,
  isMatter,
  methodRefusal,
  normaliseOption,
  type DecisionKind,
  type DecisionMethod,
  type DecisionStatus,
  type MethodContext,
} from '../rules.ts';
import { createTallies, DECISION_TALLY_SHARDS } from '../store/ballots.ts';
import { insertDecision } from '../store/decisions.ts';
import { snapshotEligible } from '../store/electorate.ts';

export interface OpenDecisionInput {
  unitId: number;
  title: string;
  description?: string | null;
  matter: string;
  method: DecisionMethod;
  options: string[];
  kind?: DecisionKind;
  secret?: boolean;
  opensAt?: string | null;
  closesAt?: string | null;
  /** Law Art. 19 cl. 1 b: a meeting was held but lacked the households needed (then ballots are allowed). */
  meetingLackedHouseholds?: boolean;
  /** Law Art. 19 cl. 1 a: a commune-wide contribution matter put to ballots by the commune chairman. */
  communeWide?: boolean;
  /** Decree 59 Art. 5 cl. 2 c: households that chose online voting. */
  householdsChoosingOnline?: number;
}

export interface OpenedDecision {
  id: string;
  status: DecisionStatus;
  eligibleHouseholds: number;
}

function parseInstant(v: string | null | undefined, field: string): Date | null {
  if (v === undefined || v === null || v === '') return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw badRequest('VALIDATION_ERROR', `Trường "${field}" không đúng định dạng thời điểm (ISO 8601).`);
  return d;
}

/** The voting period: from `opensAt` (default now) to `closesAt` (none: closed by hand), the end after both. */
function votingPeriod(input: OpenDecisionInput, now: Date): { opensAt: Date; closesAt: Date | null } {
  const opensAt = parseInstant(input.opensAt, 'opensAt') ?? now;
  const closesAt = parseInstant(input.closesAt, 'closesAt');
  if (closesAt && closesAt.getTime() <= opensAt.getTime()) {
    throw badRequest('INVALID_PERIOD', 'Thời điểm kết thúc biểu quyết phải sau thời điểm bắt đầu.');
  }
  if (closesAt && closesAt.getTime() <= now.getTime()) throw badRequest('INVALID_PERIOD', 'Thời điểm kết thúc biểu quyết đã qua.');
  return { opensAt, closesAt };
}

export async function openDecision(ctx: Ctx, input: OpenDecisionInput): Promise<OpenedDecision> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'decision.open', unit.path);
    if (unit.kind !== 'village') throw unprocessable('NOT_A_VILLAGE', 'Chỉ tổ chức cho Nhân dân bàn và quyết định ở thôn, tổ dân phố.');
    if (!isMatter(input.matter)) throw badRequest('UNKNOWN_MATTER', 'Loại nội dung biểu quyết không hợp lệ.');
    const matter = input.matter;
    const title = input.title.trim();
    if (!title) throw badRequest('VALIDATION_ERROR', 'Tiêu đề nội dung biểu quyết không được để trống.');
    const options = input.options.map(normaliseOption);
    const kind = input.kind ?? defaultKind(matter);
    const { opensAt, closesAt } = votingPeriod(input, tx.now);
    const methodContext: MethodContext = {};
    if (input.meetingLackedHouseholds) methodContext.meetingLackedHouseholds = true;
    if (input.communeWide) methodContext.communeWide = true;
    const online = input.householdsChoosingOnline;
    const id = await insertDecision(tx.db, {
      unitId: unit.id,
      unitPath: unit.path,
      title,
      description: input.description?.trim() || null,
      matter,
      kind,
      method: input.method,
      options,
      secret: input.secret ?? false,
      opensAt,
      closesAt,
      openedOn: todayVn(tx.now),
      methodContext: { ...methodContext, ...(online === undefined ? {} : { householdsChoosingOnline: online }) },
      createdBy: actor.userId,
    });
    // The electorate is frozen now: households added later never change the denominator.
    const eligible = await snapshotEligible(tx.db, id, unit.id);
    unwrap(checkOptions(options, kind));
    if (online !== undefined) {
      householdCounts.assertPart('householdsChoosingOnline', online, 'eligible', eligible);
      methodContext.online = { eligible, householdsChoosingOnline: online };
    }
    assertAllowed(methodRefusal(matter, input.method, methodContext));
    await createTallies(tx.db, id, options.length, DECISION_TALLY_SHARDS);
    await audit(tx, {
      action: 'decision.open',
      targetType: 'decision',
      targetId: id,
      unitId: unit.id,
      data: { title, matter, kind, method: input.method, options, secret: input.secret ?? false, eligibleHouseholds: eligible, methodContext },
    });
    return { id: String(id), status: 'open', eligibleHouseholds: eligible };
  });
}
