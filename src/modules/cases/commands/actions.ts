// POST /cases/:id/actions: one entry for the actions of an official on a case — assignment, transfer, or a step
// along the case's track — answered with the case as the official now sees it.
import type { Ctx } from '../../../core/context.ts';
import { caseAfterAction, type CaseAfterAction } from '../queries/cases.ts';
import type { CaseActionInput } from './act.ts';
import { applyCaseAction } from './apply.ts';
import { assignCase } from './assign.ts';
import { transferCase } from './transfer.ts';

export type { CaseActionInput };

async function performAction(ctx: Ctx, id: number, input: CaseActionInput): Promise<void> {
  const { action } = input;
  if (action === 'assign') return assignCase(ctx, id, input);
  if (action === 'transfer') return transferCase(ctx, id, input);
  return applyCaseAction(ctx, id, { ...input, action });
}

export async function actOnCase(ctx: Ctx, id: number, input: CaseActionInput): Promise<CaseAfterAction> {
  await performAction(ctx, id, input);
  return caseAfterAction(ctx, id);
}
