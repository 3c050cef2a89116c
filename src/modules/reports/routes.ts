// HTTP routes of reports (api.md "Conferences, oversight, reports"): indicators rolled up with the children
// breakdown, dashboard data, report drafts and the report document (DOCX / XLSX / PDF).
import type { FastifyInstance } from 'fastify';
import { ctxOf, idInput, legalDate, parseId } from '../../core/http.ts';
import * as commands from './commands.ts';
import { NARRATIVE_KEYS, NARRATIVE_SECTIONS } from './document.ts';
import { INDICATORS, type Indicators } from './indicators.ts';
import { computeDashboard, computeIndicators, resolvePeriod } from './service.ts';

const unitIdQuery = { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } as const;
const periodQuery = {
  type: 'object',
  required: ['unitId'],
  additionalProperties: false,
  properties: { unitId: unitIdQuery, from: legalDate, to: legalDate },
} as const;

type PeriodQuery = { unitId: string; from?: string; to?: string };

/** The API shape of indicators (api.md: staffConferences: {units, held, rate}, …). */
export function indicatorsOut(i: Indicators) {
  return i;
}

export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: PeriodQuery }>(
    '/reports/indicators',
    {
      schema: {
        tags: ['reports'],
        summary: 'Chỉ tiêu thực hiện dân chủ ở cơ sở của đơn vị (cộng dồn các đơn vị trực thuộc) và theo từng đơn vị trực thuộc',
        querystring: periodQuery,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const period = resolvePeriod(ctx.now, req.query.from, req.query.to);
      const r = await computeIndicators(ctx, parseId(req.query.unitId, 'unitId'), period);
      return {
        unitId: String(r.unit.id),
        name: r.unit.name,
        from: r.from,
        to: r.to,
        indicators: indicatorsOut(r.indicators),
        children: r.children.map((c) => ({ unitId: c.unitId, name: c.name, kind: c.kind, indicators: indicatorsOut(c.indicators) })),
      };
    },
  );

  app.get(
    '/reports/indicators/definitions',
    { schema: { tags: ['reports'], summary: 'Định nghĩa các chỉ tiêu (tên, ý nghĩa pháp lý, số liệu nguồn)' } },
    async () => ({
      items: INDICATORS.map((d) => ({ key: d.key, group: d.group, label: d.label, legal: d.legal, inputs: d.inputs })),
    }),
  );

  app.get<{ Querystring: PeriodQuery }>(
    '/reports/dashboard',
    { schema: { tags: ['reports'], summary: 'Số liệu bảng điều khiển: tuân thủ theo đơn vị, đơn thư theo trạng thái, tham gia', querystring: periodQuery } },
    async (req) => {
      const ctx = ctxOf(req);
      const period = resolvePeriod(ctx.now, req.query.from, req.query.to);
      return computeDashboard(ctx, parseId(req.query.unitId, 'unitId'), period);
    },
  );

  app.get<{ Querystring: PeriodQuery & { format: commands.DocumentFormat; issuer?: 'committee' | 'steering' } }>(
    '/reports/document',
    {
      schema: {
        tags: ['reports'],
        summary: 'Báo cáo kết quả thực hiện dân chủ ở cơ sở: DOCX theo Nghị định 30/2020, XLSX, PDF',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: {
            unitId: unitIdQuery,
            from: legalDate,
            to: legalDate,
            format: { type: 'string', enum: ['docx', 'xlsx', 'pdf'], default: 'docx' },
            issuer: { type: 'string', enum: ['committee', 'steering'] },
          },
        },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const period = resolvePeriod(ctx.now, req.query.from, req.query.to);
      const doc = await commands.renderReport(ctx, parseId(req.query.unitId, 'unitId'), period, req.query.format, req.query.issuer);
      reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename="${doc.fileName}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .header('cache-control', 'no-store');
      return reply.send(doc.body);
    },
  );

  app.get<{ Querystring: PeriodQuery }>(
    '/reports/drafts',
    { schema: { tags: ['reports'], summary: 'Phần thuyết minh của báo cáo (bản nháp) theo đơn vị và kỳ', querystring: periodQuery } },
    async (req) => {
      const ctx = ctxOf(req);
      const period = resolvePeriod(ctx.now, req.query.from, req.query.to);
      const d = await commands.getDraft(ctx, parseId(req.query.unitId, 'unitId'), period);
      return { ...d, sectionsMeta: NARRATIVE_SECTIONS };
    },
  );

  app.put<{
    Body: { unitId: string | number; from: string; to: string; number?: string | null; signerName?: string; sections: Record<string, string> };
  }>(
    '/reports/drafts',
    {
      schema: {
        tags: ['reports'],
        summary: 'Lưu phần thuyết minh của báo cáo',
        body: {
          type: 'object',
          required: ['unitId', 'from', 'to', 'sections'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            from: legalDate,
            to: legalDate,
            number: { type: ['string', 'null'], maxLength: 20, pattern: '^[0-9A-Za-z/.-]*$' },
            signerName: { type: 'string', maxLength: 200 },
            sections: {
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, { type: 'string', maxLength: 50_000 }])),
            },
          },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const b = req.body;
      const period = resolvePeriod(ctx.now, b.from, b.to);
      return commands.saveDraft(ctx, { ...b, ...period, unitId: parseId(b.unitId, 'unitId') });
    },
  );
}
