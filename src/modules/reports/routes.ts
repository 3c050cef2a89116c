// HTTP routes of reports: indicators rolled up with the children breakdown, their definitions, the dashboard, the
// narrative sections (drafts) and the report document (DOCX / XLSX / PDF).
import type { FastifyInstance } from 'fastify';
import { ctxOf, parseId } from '../../core/http.ts';
import { saveDraft } from './commands.ts';
import { computeDashboard } from './queries/dashboard.ts';
import { getDraft, renderReport } from './queries/document.ts';
import { computeIndicators, indicatorDefinitions } from './queries/indicators.ts';
import { NARRATIVE_SECTIONS, resolvePeriod, type DocumentFormat, type IssuerKind, type NarrativeKey } from './rules.ts';
import * as schema from './schema.ts';

const TAGS = ['reports'];

/** The figures: indicators, their definitions, the dashboard. */
async function figureRoutes(app: FastifyInstance): Promise<void> {
  const defs = indicatorDefinitions();
  app.get<{ Querystring: schema.PeriodQuery }>(
    '/reports/indicators',
    {
      schema: {
        tags: TAGS,
        summary: 'Chỉ tiêu thực hiện dân chủ ở cơ sở của đơn vị (cộng dồn các đơn vị trực thuộc) và theo từng đơn vị trực thuộc',
        querystring: schema.periodQuery,
        response: { 200: schema.indicatorsResponse(defs) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const r = await computeIndicators(ctx, parseId(req.query.unitId, 'unitId'), resolvePeriod(ctx.now, req.query.from, req.query.to));
      return { unitId: String(r.unit.id), name: r.unit.name, from: r.from, to: r.to, indicators: r.indicators, children: r.children };
    },
  );

  app.get(
    '/reports/indicators/definitions',
    { schema: { tags: TAGS, summary: 'Định nghĩa các chỉ tiêu (tên, ý nghĩa pháp lý, số liệu nguồn)', response: { 200: schema.definitionsResponse } } },
    async () => ({ items: defs.map((d) => ({ key: d.key, group: d.group, label: d.label, legal: d.legal, inputs: d.inputs })) }),
  );

  app.get<{ Querystring: schema.PeriodQuery }>(
    '/reports/dashboard',
    {
      schema: {
        tags: TAGS,
        summary: 'Số liệu bảng điều khiển: số liệu chính, các bảng theo đơn vị trực thuộc, diễn biến theo tháng',
        querystring: schema.periodQuery,
        response: { 200: schema.dashboardResponse },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return computeDashboard(ctx, parseId(req.query.unitId, 'unitId'), resolvePeriod(ctx.now, req.query.from, req.query.to));
    },
  );

}

/** The report: its document and its narrative sections. */
async function reportRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: schema.PeriodQuery & { format: DocumentFormat; issuer?: IssuerKind } }>(
    '/reports/document',
    {
      schema: {
        tags: TAGS,
        summary: 'Báo cáo kết quả thực hiện dân chủ ở cơ sở: DOCX theo Nghị định 30/2020, XLSX, PDF',
        querystring: schema.documentQuery,
        response: { 200: schema.documentResponse },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const period = resolvePeriod(ctx.now, req.query.from, req.query.to);
      const doc = await renderReport(ctx, parseId(req.query.unitId, 'unitId'), period, req.query.format, req.query.issuer);
      reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename="${doc.fileName}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .header('cache-control', 'no-store');
      return reply.send(doc.body);
    },
  );

  app.get<{ Querystring: schema.PeriodQuery }>(
    '/reports/drafts',
    { schema: { tags: TAGS, summary: 'Phần thuyết minh của báo cáo (bản nháp) theo đơn vị và kỳ', querystring: schema.periodQuery, response: { 200: schema.draftResponse } } },
    async (req) => {
      const ctx = ctxOf(req);
      const d = await getDraft(ctx, parseId(req.query.unitId, 'unitId'), resolvePeriod(ctx.now, req.query.from, req.query.to));
      return { ...d, sectionsMeta: NARRATIVE_SECTIONS };
    },
  );

  app.put<{ Body: { unitId: string | number; from: string; to: string; number?: string | null; signerName?: string; sections: Partial<Record<NarrativeKey, string>> } }>(
    '/reports/drafts',
    { schema: { tags: TAGS, summary: 'Lưu phần thuyết minh của báo cáo', body: schema.draftBody, response: { 200: schema.draftResponse } } },
    async (req) => {
      const ctx = ctxOf(req);
      const b = req.body;
      return saveDraft(ctx, { ...b, ...resolvePeriod(ctx.now, b.from, b.to), unitId: parseId(b.unitId, 'unitId') });
    },
  );
}

export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(figureRoutes);
  await app.register(reportRoutes);
}
