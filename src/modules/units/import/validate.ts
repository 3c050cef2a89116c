// `coso import`, validating: what the database already knows of the codes a file names (store), then the row checks
// (rows.ts). Nothing is written.
import type { Ctx } from '../../../core/context.ts';
import { householdCodesIn } from '../store/households.ts';
import { unitsByCodes } from '../store/units.ts';
import type { ImportError, ParsedFile } from './columns.ts';
import { checkHouseholds, checkUnits, classifyRows, householdVillageIds, referencedCodes, RowErrors, type ImportPlan } from './rows.ts';

export interface ValidationResult {
  plan: ImportPlan;
  /** Every problem of the file, by row. */
  errors: ImportError[];
}

/**
 * Validates every row (nothing is written): row, column and a Vietnamese message for each problem, including
 * codes already in the database, unknown or misplaced parents, and rows the actor may not import.
 */
export async function validateImport(ctx: Ctx, parsed: ParsedFile): Promise<ValidationResult> {
  const errors = new RowErrors(parsed.errors);
  const rows = classifyRows(parsed.rows, errors);
  const existing = await unitsByCodes(ctx.db, referencedCodes(rows));
  const { units, fileUnits } = checkUnits(rows, existing, ctx.actor, errors);
  const takenCodes = await householdCodesIn(ctx.db, householdVillageIds(rows, existing));
  const households = checkHouseholds(rows, { existing, fileUnits, takenCodes, actor: ctx.actor, errors });
  return { plan: { units, households, existing }, errors: errors.list.sort((a, b) => a.row - b.row) };
}
