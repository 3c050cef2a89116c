// `coso import`, writing: a validated plan in ONE transaction through the module's own use cases — units in file
// order (createUnit), then households per village in batches (bulkCreateHouseholds) — so every write is audited the
// usual way. Any failure rolls everything back and is tied to the row that caused it.
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { RefusalError } from '../../../core/refusal.ts';
import { bulkCreateHouseholds, createUnit } from '../commands.ts';
import type { Column, ImportError } from './columns.ts';
import type { ImportPlan, PlannedHousehold } from './rows.ts';

/** Households per call of bulkCreateHouseholds (one audit entry each). */
export const HOUSEHOLD_BATCH = 2000;

interface ImportResult {
  units: number;
  households: number;
  /** True when the writes ran and were rolled back (dry run). */
  dryRun: boolean;
}

/** An error of the write phase, tied to the row that caused it; everything was rolled back. */
export class ImportWriteError extends Error {
  constructor(readonly importError: ImportError) {
    super(`Dòng ${importError.row}: ${importError.message}`);
    this.name = 'ImportWriteError';
  }
}

/** Thrown at the end of a dry run to roll its writes back. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

function writeError(row: number, column: Column | '', value: string, e: unknown): ImportWriteError {
  if (e instanceof ImportWriteError) return e;
  const message = e instanceof RefusalError ? e.message : `Lỗi khi ghi dữ liệu: ${(e as Error).message}`;
  return new ImportWriteError({ row, column, value, message });
}

/** Creates the plan's units in file order; `ids` (code → id) gains each new unit. */
async function writeUnits(tx: Ctx, plan: ImportPlan, ids: Map<string, number>, progress: (n: number) => void): Promise<void> {
  for (const u of plan.units) {
    const parentId = u.parentCode ? ids.get(u.parentCode) : null;
    if (u.parentCode && !parentId) throw writeError(u.row, 'ma_cap_tren', u.parentCode, new Error(`không tìm thấy đơn vị cấp trên "${u.parentCode}"`));
    try {
      const created = await createUnit(tx, { kind: u.kind, name: u.name, code: u.code, parentId: parentId ?? null });
      ids.set(u.code, created.id);
    } catch (e) {
      throw writeError(u.row, 'ma', u.code, e);
    }
    progress(1);
  }
}

/** Adds the plan's households to their villages, HOUSEHOLD_BATCH at a time. */
async function writeHouseholds(tx: Ctx, plan: ImportPlan, ids: ReadonlyMap<string, number>, progress: (n: number) => void): Promise<void> {
  const byVillage = new Map<string, PlannedHousehold[]>();
  for (const h of plan.households) {
    const list = byVillage.get(h.villageCode) ?? [];
    list.push(h);
    byVillage.set(h.villageCode, list);
  }
  for (const [villageCode, list] of byVillage) {
    const villageId = ids.get(villageCode);
    if (!villageId) throw writeError(list[0]!.row, 'ma_thon', villageCode, new Error(`không tìm thấy thôn "${villageCode}"`));
    for (let i = 0; i < list.length; i += HOUSEHOLD_BATCH) {
      const batch = list.slice(i, i + HOUSEHOLD_BATCH);
      try {
        await bulkCreateHouseholds(tx, villageId, batch.map((h) => h.input));
      } catch (e) {
        // A batch failed as a whole: point at its first row (the database does not say which row).
        const first = batch[0]!;
        const ee = writeError(first.row, 'ma_thon', villageCode, e);
        ee.importError.message = `${ee.importError.message} (lô hộ gia đình từ dòng ${first.row} đến dòng ${batch[batch.length - 1]!.row})`;
        throw ee;
      }
      progress(batch.length);
    }
  }
}

/**
 * Writes a validated plan in one transaction. Any failure rolls everything back and throws ImportWriteError. With
 * `dryRun` the writes run and are rolled back at the end.
 */
export async function applyImport(
  ctx: Ctx,
  plan: ImportPlan,
  opts: { dryRun?: boolean; onProgress?: (done: number) => void } = {},
): Promise<ImportResult> {
  if (ctx.db.isTransaction) throw new Error('applyImport opens its own transaction');
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done);
  };
  const run = async (tx: Ctx): Promise<ImportResult> => {
    const ids = new Map<string, number>();
    for (const [code, u] of plan.existing) ids.set(code, u.id);
    await writeUnits(tx, plan, ids, progress);
    await writeHouseholds(tx, plan, ids, progress);
    return { units: plan.units.length, households: plan.households.length, dryRun: !!opts.dryRun };
  };
  if (!opts.dryRun) return inTransaction(ctx, run);
  try {
    await inTransaction(ctx, async (tx) => {
      throw new DryRunRollback(await run(tx));
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
  throw new Error('unreachable');
}
