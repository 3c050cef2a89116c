// Reading a report: its draft (narrative sections) and the rendered document (DOCX / XLSX / PDF).
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { DocumentError, renderDocx, renderPdf, renderXlsx } from '../../../core/documents/index.ts';
import { reportNotes, steeringSigner } from '../../../core/module.ts';
import { can, requirePermission } from '../../../core/permissions.ts';
import { refusedWith } from '../../../core/refusal.ts';
import { ancestorsOf, getUnit } from '../../units/index.ts';
import { buildReportDocument } from '../document/report.ts';
import { buildWorkbookSheets } from '../document/workbook.ts';
import { CONTENT_TYPES, NARRATIVE_KEYS, periodTitle, reportFileName, type DocumentFormat, type IssuerKind, type NarrativeKey, type ReportDraftContent } from '../rules.ts';
import * as store from '../store.ts';
import { computeIndicators, indicatorDefinitions } from './indicators.ts';

export interface DraftView extends ReportDraftContent {
  unitId: string;
  from: string;
  to: string;
  saved: boolean;
  updatedAt: string | null;
  /** What the reader may do: edit the narrative; sign as the steering committee (its issuer block by default). */
  can: { edit: boolean; signForSteering: boolean };
}

export function contentOf(row: { number: string | null; sections: Record<string, string> } | undefined): ReportDraftContent {
  if (!row) return { number: null, sections: {} };
  const sections: Partial<Record<NarrativeKey, string>> = {};
  for (const k of NARRATIVE_KEYS) if (typeof row.sections[k] === 'string') sections[k] = row.sections[k];
  const signerName = typeof row.sections.signerName === 'string' ? row.sections.signerName : undefined;
  return { number: row.number, sections, ...(signerName ? { signerName } : {}) };
}

export async function getDraft(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<DraftView> {
  const unit = await getUnit(ctx.db, unitId);
  requirePermission(ctx.actor, 'report.read', unit.path);
  const row = await store.findDraft(ctx.db, unit.id, period.from, period.to);
  const can_ = { edit: can(ctx.actor, 'report.edit', unit.path), signForSteering: can(ctx.actor, 'report.sign_for_steering', unit.path) };
  return { unitId: String(unit.id), ...period, ...contentOf(row), saved: !!row, updatedAt: row ? new Date(row.updated_at).toISOString() : null, can: can_ };
}

/** The steering committee issues the report of a user acting for it on the unit (or above); else the People's Committee. */
export function defaultIssuer(ctx: Ctx, unitPath: string): IssuerKind {
  return can(ctx.actor, 'report.sign_for_steering', unitPath) ? 'steering' : 'committee';
}

export async function renderReport(
  ctx: Ctx,
  unitId: number,
  period: { from: string; to: string },
  format: DocumentFormat,
  asked?: IssuerKind,
): Promise<{ body: Buffer; fileName: string; contentType: string; title: string }> {
  const report = await computeIndicators(ctx, unitId, period);
  const defs = indicatorDefinitions();
  const issuer = asked ?? defaultIssuer(ctx, report.unit.path);
  const { id, path, kind, name } = report.unit;
  const notes = await reportNotes(ctx, { unit: { id, path, kind, name }, ...period });
  const ancestors = await ancestorsOf(ctx.db, report.unit);
  const saved = contentOf(await store.findDraft(ctx.db, report.unit.id, period.from, period.to));
  // The committee's head signs its report unless the draft names someone else.
  const head = issuer === 'steering' && !saved.signerName?.trim() ? await steeringSigner(ctx, report.unit.id) : null;
  const draft = head ? { ...saved, signerName: head } : saved;
  const title = `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${periodTitle(period.from, period.to)}`;
  let body: Buffer;
  try {
    if (format === 'xlsx') body = await renderXlsx({ sheets: buildWorkbookSheets(defs, report, notes) });
    else {
      const docx = await renderDocx(buildReportDocument(defs, report, ancestors, draft, { issuedOn: todayVn(ctx.now), issuer, notes }));
      body = format === 'pdf' ? await renderPdf(docx) : docx;
    }
  } catch (e) {
    if (e instanceof DocumentError) throw refusedWith(e.code === 'INVALID_DOCUMENT' ? 422 : 503, e.code, e.message);
    throw e;
  }
  return { body, fileName: reportFileName(report.unit.name, period.from, period.to, format), contentType: CONTENT_TYPES[format], title };
}
