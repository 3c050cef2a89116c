// Use cases of reports: read / save a report draft (narrative sections), render the report document.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { RefusalError, refusedWith } from '../../core/refusal.ts';
import { requirePermission } from '../../core/permissions.ts';
import { DocumentError, renderDocx, renderPdf, renderXlsx } from '../../core/documents/index.ts';
import * as unitStore from '../units/store.ts';
import { NARRATIVE_KEYS, buildReportDocument, buildWorkbookSheets, periodTitle, type IssuerKind, type NarrativeKey, type ReportDraftContent } from './document.ts';
import { computeIndicators } from './service.ts';
import * as store from './store.ts';

export interface DraftView extends ReportDraftContent {
  unitId: string;
  from: string;
  to: string;
  saved: boolean;
  updatedAt: string | null;
}

function contentOf(row: { number: string | null; sections: Record<string, string> } | undefined): ReportDraftContent {
  if (!row) return { number: null, sections: {} };
  const sections: Partial<Record<NarrativeKey, string>> = {};
  for (const k of NARRATIVE_KEYS) if (typeof row.sections[k] === 'string') sections[k] = row.sections[k];
  const signerName = typeof row.sections.signerName === 'string' ? row.sections.signerName : undefined;
  return { number: row.number, sections, ...(signerName ? { signerName } : {}) };
}

export async function getDraft(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<DraftView> {
  const unit = await unitStore.getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'report.read', unit.path);
  const row = await store.findDraft(ctx.db, unit.id, period.from, period.to);
  return { unitId: String(unit.id), ...period, ...contentOf(row), saved: !!row, updatedAt: row ? new Date(row.updated_at).toISOString() : null };
}

export async function saveDraft(
  ctx: Ctx,
  input: { unitId: number; from: string; to: string; number?: string | null; signerName?: string; sections: Partial<Record<NarrativeKey, string>> },
): Promise<DraftView> {
  return inTransaction(ctx, async (tx) => {
    const unit = await unitStore.getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'report.edit', unit.path);
    const sections: Record<string, string> = {};
    for (const k of NARRATIVE_KEYS) {
      const v = input.sections[k];
      if (typeof v === 'string' && v.trim()) sections[k] = v.replace(/\r\n/g, '\n').trim();
    }
    if (input.signerName?.trim()) sections.signerName = input.signerName.trim();
    const id = await store.upsertDraft(tx.db, {
      unitId: unit.id,
      from: input.from,
      to: input.to,
      number: input.number?.trim() || null,
      sections,
      by: actor.userId,
      at: tx.now,
    });
    await audit(tx, {
      action: 'report.draft.save',
      targetType: 'report_draft',
      targetId: id,
      unitId: unit.id,
      data: { from: input.from, to: input.to, sections: Object.keys(sections) },
    });
    return getDraft(tx, unit.id, { from: input.from, to: input.to });
  });
}

export type DocumentFormat = 'docx' | 'xlsx' | 'pdf';

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** ASCII file name of a report, e.g. "bao-cao-dan-chu-co-so-tinh-hung-yen-2026-01-01-2026-06-30.docx". */
export function reportFileName(unitName: string, from: string, to: string, format: DocumentFormat): string {
  const slug = unitName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `bao-cao-dan-chu-co-so-${slug}-${from}-${to}.${format}`;
}

export async function renderReport(
  ctx: Ctx,
  unitId: number,
  period: { from: string; to: string },
  format: DocumentFormat,
  issuer: IssuerKind = 'committee',
): Promise<{ body: Buffer; fileName: string; contentType: string; title: string }> {
  const report = await computeIndicators(ctx, unitId, period);
  const ancestors = await unitStore.ancestorsOf(ctx.db, report.unit);
  const draft = contentOf(await store.findDraft(ctx.db, report.unit.id, period.from, period.to));
  const title = `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${periodTitle(period.from, period.to)}`;
  let body: Buffer;
  try {
    if (format === 'xlsx') body = await renderXlsx({ sheets: buildWorkbookSheets(report) });
    else {
      const docx = await renderDocx(buildReportDocument(report, ancestors, draft, { issuedOn: todayVn(ctx.now), issuer }));
      body = format === 'pdf' ? await renderPdf(docx) : docx;
    }
  } catch (e) {
    if (e instanceof DocumentError) {
      throw refusedWith(e.code === 'INVALID_DOCUMENT' ? 422 : 503, e.code, e.message);
    }
    throw e;
  }
  return { body, fileName: reportFileName(report.unit.name, period.from, period.to, format), contentType: CONTENT_TYPES[format], title };
}
