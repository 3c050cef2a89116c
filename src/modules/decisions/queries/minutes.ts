// The minutes of a closed decision as a DOCX file (content: minutes.ts; rendering: core/documents).
import type { Ctx } from '../../../core/context.ts';
import { renderDocx } from '../../../core/documents/index.ts';
import { unprocessable } from '../../../core/refusal.ts';
import { ancestorsOf } from '../../units/index.ts';
import { minutesDocument } from '../minutes.ts';
import { hasResult } from '../rules.ts';
import { getDecision } from '../store/decisions.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function minutesDocx(ctx: Ctx, id: number): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const d = await getDecision(ctx.db, id);
  if (!d.result || !hasResult(d.status)) throw unprocessable('RESULT_NOT_AVAILABLE', 'Biên bản chỉ được lập sau khi kết thúc biểu quyết.');
  const ancestors = await ancestorsOf(ctx.db, { id: d.unit_id, path: d.unit_path });
  const body = await renderDocx(minutesDocument(d, ancestors));
  return { filename: `bien-ban-bieu-quyet-${d.id}.docx`, contentType: DOCX_TYPE, body };
}
