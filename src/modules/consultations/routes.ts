// HTTP routes of consultations (dân tham gia ý kiến, spec §4). Paths are ours (api.md fixes none); the OpenAPI
// document is generated from the schemas below.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { attachmentOut, attachmentsMeta } from '../../core/attachments.ts';
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { unauthorized } from '../../core/refusal.ts';
import { ctxOf, decodeCursor, idInput, idParams, idSchema, legalDate, listQueryProps, parseId, toPage } from '../../core/http.ts';
import { requirePermission } from '../../core/permissions.ts';
import * as commands from './commands.ts';
import { synthesisDocx, synthesisXlsx, type SynthesisData } from './export.ts';
import {
  CONSULTATION_KINDS,
  ENTERED_SOURCES,
  KIND_LABELS,
  MAX_DRAFT,
  MAX_OPINION,
  MAX_RESPONSE,
  MAX_TITLE,
  RESPONSE_KINDS,
  RESPONSE_LABELS,
  SOURCE_LABELS,
  STANCES,
  STANCE_LABELS,
  STATUS_LABELS,
  effectiveStatus,
  opinionRefusal,
  tally,
} from './rules.ts';
import * as store from './store.ts';
import type { ConsultationKind, ConsultationStatus, OpinionSource, ResponseKind, Stance } from './tables.ts';

const TAG = ['consultations'];
const KEY_PATTERN = '^[a-z0-9][a-z0-9-]{0,199}$';
const keyParams = {
  type: 'object',
  required: ['id', 'key'],
  additionalProperties: false,
  properties: { id: idSchema, key: { type: 'string', pattern: KEY_PATTERN } },
} as const;
const opinionIdList = { type: 'array', minItems: 1, maxItems: 100_000, items: idSchema } as const;
const groupLabel = { type: 'string', minLength: 1, maxLength: 200 } as const;

const shareSchema = { type: 'object', properties: { count: { type: 'integer' }, percent: { type: ['number', 'null'] } } } as const;
const tallySchema = {
  type: 'object',
  properties: {
    total: { type: 'integer' },
    byStance: { type: 'object', properties: Object.fromEntries(STANCES.map((s) => [s, shareSchema])) },
    bySource: { type: 'object', properties: Object.fromEntries(['online', 'meeting', 'paper_form', 'other'].map((s) => [s, shareSchema])) },
  },
} as const;

const consultationSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    unitId: { type: 'string' },
    unitName: { type: 'string' },
    villageIds: { type: 'array', items: { type: 'string' } },
    kind: { type: 'string', enum: [...CONSULTATION_KINDS] },
    kindLabel: { type: 'string' },
    title: { type: 'string' },
    opensOn: { type: 'string', format: 'date' },
    closesOn: { type: 'string', format: 'date' },
    closedOn: { type: ['string', 'null'], format: 'date' },
    minDays: { type: 'integer' },
    status: { type: 'string', enum: ['open', 'closed', 'published', 'finished'] },
    statusLabel: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const groupSchema = {
  type: 'object',
  properties: {
    key: { type: 'string' },
    label: { type: 'string' },
    labelSource: { type: 'string', enum: ['auto', 'official'] },
    kind: { type: 'string', enum: ['theme', 'other'] },
    topTerms: { type: 'array', items: { type: 'string' } },
    size: { type: 'integer' },
    percent: { type: ['number', 'null'] },
    stances: { type: 'object', properties: { agree: { type: 'integer' }, disagree: { type: 'integer' }, other: { type: 'integer' } } },
    response: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: { kind: { type: 'string', enum: [...RESPONSE_KINDS] }, kindLabel: { type: 'string' }, text: { type: 'string' }, respondedAt: { type: ['string', 'null'] } },
        },
      ],
    },
  },
} as const;

const opinionSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    source: { type: 'string' },
    sourceLabel: { type: 'string' },
    sourceNote: { type: ['string', 'null'] },
    stance: { type: 'string' },
    stanceLabel: { type: 'string' },
    body: { type: 'string' },
    authorName: { type: ['string', 'null'] },
    villageId: { type: ['string', 'null'] },
    groupKey: { type: ['string', 'null'] },
    mine: { type: 'boolean' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function out(c: store.ConsultationRow, unitName: string, today: string) {
  const status = effectiveStatus({ status: c.status, opensOn: c.opens_on, closesOn: c.closes_on, minDays: c.min_days }, today);
  return {
    id: String(c.id),
    unitId: String(c.unit_id),
    unitName,
    villageIds: c.village_ids.map(String),
    kind: c.kind,
    kindLabel: KIND_LABELS[c.kind].vi,
    title: c.title,
    opensOn: c.opens_on,
    closesOn: c.closes_on,
    closedOn: c.closed_on,
    minDays: c.min_days,
    status,
    statusLabel: STATUS_LABELS[status].vi,
    createdAt: iso(c.created_at)!,
  };
}

function opinionOut(o: store.OpinionRow, groupKeys: Map<number, string>, personId: number | null, withNames: boolean) {
  return {
    id: String(o.id),
    source: o.source,
    sourceLabel: SOURCE_LABELS[o.source].vi,
    sourceNote: o.source_note,
    stance: o.stance,
    stanceLabel: STANCE_LABELS[o.stance].vi,
    body: o.body,
    authorName: withNames ? o.author_name : null,
    villageId: o.village_id === null ? null : String(o.village_id),
    groupKey: o.group_id === null ? null : (groupKeys.get(o.group_id) ?? null),
    mine: personId !== null && o.person_id === personId,
    createdAt: iso(o.created_at)!,
    updatedAt: iso(o.updated_at)!,
  };
}

function groupsOut(groups: Awaited<ReturnType<typeof store.listGroups>>, total: number) {
  return groups.map((g) => ({
    key: g.key,
    label: g.label,
    labelSource: g.label_source,
    kind: g.kind,
    topTerms: g.top_terms,
    size: g.size,
    percent: total > 0 ? Math.round((g.size * 1000) / total) / 10 : null,
    stances: g.stances,
    response:
      g.response_kind && g.response_text
        ? { kind: g.response_kind, kindLabel: RESPONSE_LABELS[g.response_kind].vi, text: g.response_text, respondedAt: iso(g.responded_at) }
        : null,
  }));
}

async function synthesisData(ctx: Ctx, c: store.ConsultationRow): Promise<SynthesisData> {
  const ids = c.unit_path.split('/').filter(Boolean).map(Number);
  const units = await store.unitNames(ctx.db, [...ids, ...c.village_ids]);
  const chain = ids.map((id) => ({ id, ...units.get(id)! }));
  const commune = chain.find((u) => u.kind === 'commune') ?? chain[chain.length - 1]!;
  const province = chain.find((u) => u.kind === 'province') ?? null;
  const opinions = await store.listOpinions(ctx.db, c.id);
  const villageIds = [...new Set(opinions.map((o) => o.village_id).filter((v): v is number => v !== null))];
  const villages = await store.unitNames(ctx.db, [...villageIds, ...c.village_ids]);
  return {
    consultation: c,
    commune,
    province,
    unitName: units.get(c.unit_id)!.name,
    villageNames: new Map([...villages].map(([id, u]) => [id, u.name])),
    tally: tally(await store.opinionCounts(ctx.db, c.id)),
    groups: await store.listGroups(ctx.db, c.id),
    opinions,
    date: todayVn(ctx.now),
  };
}

const ok = { type: 'object', properties: { id: { type: 'string' }, status: { type: 'string' } } } as const;

export async function consultationsRoutes(app: FastifyInstance): Promise<void> {
  // ---- open ----
  app.post<{
    Body: { unitId: string | number; villageIds?: (string | number)[]; kind: ConsultationKind; title: string; draft: string; attachmentIds?: string[]; opensOn?: string; closesOn: string };
  }>(
    '/consultations',
    {
      schema: {
        tags: TAG,
        summary: 'Mở đợt lấy ý kiến Nhân dân về một dự thảo (Luật 10/2022 Điều 25, 28)',
        description:
          'Thời gian lấy ý kiến ít nhất 20 ngày kể từ ngày công khai (Luật 10/2022 Điều 28 khoản 2); dự thảo hương ước, quy ước ít nhất 30 ngày (Nghị định 61/2023 Điều 9 khoản 1); có thể cấu hình theo đơn vị (units.settings.consultations.minDays / conventionMinDays).',
        body: {
          type: 'object',
          required: ['unitId', 'kind', 'title', 'draft', 'closesOn'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            villageIds: { type: 'array', maxItems: 200, items: idInput },
            kind: { type: 'string', enum: [...CONSULTATION_KINDS] },
            title: { type: 'string', minLength: 1, maxLength: MAX_TITLE },
            draft: { type: 'string', minLength: 1, maxLength: MAX_DRAFT },
            attachmentIds: { type: 'array', maxItems: 20, items: idSchema },
            opensOn: legalDate,
            closesOn: legalDate,
          },
        },
        response: { 201: consultationSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const ctx = ctxOf(req);
      const c = await commands.openConsultation(ctx, {
        unitId: parseId(b.unitId, 'unitId'),
        villageIds: (b.villageIds ?? []).map((v) => parseId(v, 'villageIds')),
        kind: b.kind,
        title: b.title,
        draft: b.draft,
        attachmentIds: b.attachmentIds ?? [],
        opensOn: b.opensOn,
        closesOn: b.closesOn,
      });
      const names = await store.unitNames(ctx.db, [c.unit_id]);
      reply.status(201);
      return out(c, names.get(c.unit_id)!.name, todayVn(ctx.now));
    },
  );

  // ---- list (public) ----
  app.get<{ Querystring: { unitId?: string; status?: ConsultationStatus; q?: string; limit: number; cursor?: string } }>(
    '/consultations',
    {
      schema: {
        tags: TAG,
        summary: 'Danh sách đợt lấy ý kiến (công khai): của đơn vị, đơn vị cấp trên và các đơn vị trực thuộc',
        description: 'Không có unitId: đợt lấy ý kiến ở các đơn vị của người đăng nhập (cán bộ: đơn vị quản lý; người dân: nơi cư trú).',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitId: idSchema,
            status: { type: 'string', enum: ['open', 'closed', 'published', 'finished'] },
            q: { type: 'string', maxLength: 200 },
            ...listQueryProps,
          },
        },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: consultationSchema }, nextCursor: { type: ['string', 'null'] } } } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const q = req.query;
      const today = todayVn(ctx.now);
      let unitPath: string | undefined;
      let scopes: string[] | undefined;
      let exactPaths: string[] | undefined;
      if (q.unitId) {
        const u = (await store.unitNames(ctx.db, [Number(q.unitId)])).get(Number(q.unitId));
        if (!u) return { items: [], nextCursor: null };
        unitPath = u.path;
      } else if (ctx.actor) {
        // the units of the user's roles and everything below them, and the units above (a resident's commune)
        scopes = [...new Set(ctx.actor.grants.map((g) => g.unitPath))];
        exactPaths = [...new Set(scopes.flatMap((p) => p.split('/').filter(Boolean).map((_, i, a) => `/${a.slice(0, i + 1).join('/')}/`)))];
      }
      const rows = await store.listConsultations(ctx.db, { unitPath, scopes, exactPaths, status: q.status, today, q: q.q, afterId: decodeCursor(q.cursor), limit: q.limit });
      const names = await store.unitNames(ctx.db, [...new Set(rows.map((r) => r.unit_id))]);
      return toPage(rows, q.limit, (r) => out(r, names.get(r.unit_id)?.name ?? '', today));
    },
  );

  // ---- detail (public) ----
  app.get<{ Params: { id: string } }>(
    '/consultations/:id',
    { schema: { tags: TAG, summary: 'Chi tiết đợt lấy ý kiến: dự thảo, tệp đính kèm, quyền của người xem', params: idParams } },
    async (req) => {
      const ctx = ctxOf(req);
      const c = await store.getConsultation(ctx.db, parseId(req.params.id));
      const today = todayVn(ctx.now);
      const names = await store.unitNames(ctx.db, [c.unit_id, ...c.village_ids]);
      const manage = commands.canManage(ctx.actor, c);
      const enter = commands.canEnter(ctx.actor, c);
      const village = commands.residentVillage(ctx.actor, c);
      const accepting = opinionRefusal({ status: c.status, opensOn: c.opens_on, closesOn: c.closes_on, minDays: c.min_days }, today) === null;
      const published = c.status === 'published' || c.status === 'finished';
      const attachments = await attachmentsMeta(ctx.db, c.attachment_ids.map(Number));
      return {
        ...out(c, names.get(c.unit_id)!.name, today),
        draft: c.draft,
        villages: c.village_ids.map((v) => ({ id: String(v), name: names.get(v)?.name ?? '' })),
        attachments: attachments.map(attachmentOut),
        acceptsOpinions: accepting,
        tally: published || manage || enter ? tally(await store.opinionCounts(ctx.db, c.id)) : null,
        synthesised: c.synthesised_at !== null,
        can: { manage, enterOpinions: enter && accepting, giveOpinion: village !== null && accepting },
      };
    },
  );

  // ---- my opinion ----
  app.get<{ Params: { id: string } }>(
    '/consultations/:id/my-opinion',
    {
      schema: {
        tags: TAG,
        summary: 'Ý kiến của tôi và điều gì đã đến với nó: nhóm ý kiến và nội dung tiếp thu, giải trình',
        params: idParams,
        response: {
          200: {
            type: 'object',
            properties: { opinion: { anyOf: [{ type: 'null' }, opinionSchema] }, group: { anyOf: [{ type: 'null' }, groupSchema] }, published: { type: 'boolean' } },
          },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized('Bạn cần đăng nhập để xem ý kiến của mình.');
      const c = await store.getConsultation(ctx.db, parseId(req.params.id));
      const o = await store.findPersonOpinion(ctx.db, c.id, ctx.actor.personId);
      const published = c.status === 'published' || c.status === 'finished';
      if (!o) return { opinion: null, group: null, published };
      const groups = await store.listGroups(ctx.db, c.id);
      const keys = new Map(groups.map((g) => [g.id, g.key]));
      const total = groups.reduce((s, g) => s + g.size, 0);
      const group = published && o.group_id ? groupsOut(groups.filter((g) => g.id === o.group_id), total)[0] ?? null : null;
      return { opinion: opinionOut(o, published ? keys : new Map(), ctx.actor.personId, false), group, published };
    },
  );

  app.put<{ Params: { id: string }; Body: { stance: Stance; body: string } }>(
    '/consultations/:id/my-opinion',
    {
      schema: {
        tags: TAG,
        summary: 'Gửi hoặc sửa ý kiến của tôi (mỗi người một ý kiến cho mỗi đợt; sửa được đến khi kết thúc, sau đó 422)',
        params: idParams,
        body: {
          type: 'object',
          required: ['stance', 'body'],
          additionalProperties: false,
          properties: { stance: { type: 'string', enum: [...STANCES] }, body: { type: 'string', minLength: 1, maxLength: MAX_OPINION } },
        },
        response: { 200: opinionSchema, 201: opinionSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const r = await commands.putMyOpinion(ctx, parseId(req.params.id), req.body);
      reply.status(r.created ? 201 : 200);
      return opinionOut(r.opinion, new Map(), ctx.actor!.personId, false);
    },
  );

  // ---- opinions entered by officials ----
  app.post<{
    Params: { id: string };
    Body: { source: Exclude<OpinionSource, 'online'>; sourceNote?: string; opinions: { stance: Stance; body: string; authorName?: string; villageId?: string | number }[] };
  }>(
    '/consultations/:id/opinions',
    {
      schema: {
        tags: TAG,
        summary: 'Cán bộ nhập ý kiến từ hội nghị, cuộc họp, phiếu lấy ý kiến hoặc hình thức khác (ghi rõ nguồn)',
        params: idParams,
        body: {
          type: 'object',
          required: ['source', 'opinions'],
          additionalProperties: false,
          properties: {
            source: { type: 'string', enum: [...ENTERED_SOURCES] },
            sourceNote: { type: 'string', maxLength: 300 },
            opinions: {
              type: 'array',
              minItems: 1,
              maxItems: commands.MAX_ENTERED,
              items: {
                type: 'object',
                required: ['stance', 'body'],
                additionalProperties: false,
                properties: {
                  stance: { type: 'string', enum: [...STANCES] },
                  body: { type: 'string', minLength: 1, maxLength: MAX_OPINION },
                  authorName: { type: 'string', maxLength: 200 },
                  villageId: idInput,
                },
              },
            },
          },
        },
        response: { 201: { type: 'object', properties: { created: { type: 'integer' }, ids: { type: 'array', items: { type: 'string' } } } } },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const rows = await commands.enterOpinions(ctxOf(req), parseId(req.params.id), {
        source: b.source,
        sourceNote: b.sourceNote ?? null,
        opinions: b.opinions.map((o) => ({
          stance: o.stance,
          body: o.body,
          authorName: o.authorName ?? null,
          villageId: o.villageId === undefined ? null : parseId(o.villageId, 'villageId'),
        })),
      });
      reply.status(201);
      return { created: rows.length, ids: rows.map((r) => String(r.id)) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { group?: string; limit: number; cursor?: string } }>(
    '/consultations/:id/opinions',
    {
      schema: {
        tags: TAG,
        summary: 'Danh sách ý kiến (cán bộ phụ trách)',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: { group: { type: 'string', pattern: KEY_PATTERN }, ...listQueryProps } },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: opinionSchema }, nextCursor: { type: ['string', 'null'] } } } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const c = await store.getConsultation(ctx.db, parseId(req.params.id));
      if (!commands.canManage(ctx.actor, c)) requirePermission(ctx.actor, 'consultation.enter_opinion', c.unit_path);
      const groups = await store.listGroups(ctx.db, c.id);
      const keys = new Map(groups.map((g) => [g.id, g.key]));
      let groupId: number | undefined;
      if (req.query.group) {
        groupId = groups.find((g) => g.key === req.query.group)?.id;
        if (!groupId) return { items: [], nextCursor: null };
      }
      const rows = await store.pageOpinions(ctx.db, c.id, { afterId: decodeCursor(req.query.cursor), limit: req.query.limit, groupId });
      return toPage(rows, req.query.limit, (o) => opinionOut(o, keys, ctx.actor?.personId ?? null, true));
    },
  );

  // ---- close, synthesise, correct, respond, publish, finish ----
  const action = (path: string, summary: string, fn: (ctx: Ctx, id: number) => Promise<unknown>) =>
    app.post<{ Params: { id: string } }>(
      `/consultations/:id/${path}`,
      { schema: { tags: TAG, summary, params: idParams, response: { 200: ok } } },
      async (req) => {
        const ctx = ctxOf(req);
        const id = parseId(req.params.id);
        await fn(ctx, id);
        const c = await store.getConsultation(ctx.db, id);
        return { id: String(c.id), status: c.status };
      },
    );
  action('close', 'Kết thúc lấy ý kiến (khi đã đủ thời gian tối thiểu hoặc đã qua ngày kết thúc)', commands.closeConsultation);
  action('synthesis', 'Tổng hợp ý kiến: nhóm tự động các ý kiến tương tự (chạy lại được đến khi bắt đầu tiếp thu, giải trình)', commands.synthesise);
  action('publish', 'Công khai kết quả tổng hợp ý kiến đến Nhân dân', commands.publish);
  action('finish', 'Hoàn thành đợt lấy ý kiến (422 khi còn nhóm chưa có nội dung tiếp thu, giải trình)', commands.finish);

  app.get<{ Params: { id: string } }>(
    '/consultations/:id/synthesis',
    {
      schema: {
        tags: TAG,
        summary: 'Kết quả tổng hợp: số ý kiến theo quan điểm, theo hình thức; các nhóm ý kiến và nội dung tiếp thu, giải trình',
        params: idParams,
        response: { 200: { type: 'object', properties: { status: { type: 'string' }, tally: tallySchema, groups: { type: 'array', items: groupSchema } } } },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const c = await store.getConsultation(ctx.db, parseId(req.params.id));
      commands.assertSynthesisVisible(ctx.actor, c);
      const t = tally(await store.opinionCounts(ctx.db, c.id));
      return { status: c.status, tally: t, groups: groupsOut(await store.listGroups(ctx.db, c.id), t.total) };
    },
  );

  app.post<{ Params: { id: string }; Body: { keys: string[]; label?: string } }>(
    '/consultations/:id/groups/merge',
    {
      schema: {
        tags: TAG,
        summary: 'Gộp các nhóm ý kiến',
        params: idParams,
        body: {
          type: 'object',
          required: ['keys'],
          additionalProperties: false,
          properties: { keys: { type: 'array', minItems: 2, maxItems: 100, items: { type: 'string', pattern: KEY_PATTERN } }, label: groupLabel },
        },
        response: { 200: ok },
      },
    },
    async (req) => {
      await commands.correctGroups(ctxOf(req), parseId(req.params.id), { op: 'merge', keys: req.body.keys, label: req.body.label });
      return { id: req.params.id, status: 'ok' };
    },
  );

  app.post<{ Params: { id: string; key: string }; Body: { opinionIds: string[]; label?: string } }>(
    '/consultations/:id/groups/:key/split',
    {
      schema: {
        tags: TAG,
        summary: 'Tách một số ý kiến của nhóm thành nhóm mới',
        params: keyParams,
        body: { type: 'object', required: ['opinionIds'], additionalProperties: false, properties: { opinionIds: opinionIdList, label: groupLabel } },
        response: { 200: ok },
      },
    },
    async (req) => {
      await commands.correctGroups(ctxOf(req), parseId(req.params.id), { op: 'split', key: req.params.key, opinionIds: req.body.opinionIds, label: req.body.label });
      return { id: req.params.id, status: 'ok' };
    },
  );

  app.post<{ Params: { id: string; key: string }; Body: { label: string } }>(
    '/consultations/:id/groups/:key/rename',
    {
      schema: {
        tags: TAG,
        summary: 'Đổi tên nhóm ý kiến',
        params: keyParams,
        body: { type: 'object', required: ['label'], additionalProperties: false, properties: { label: groupLabel } },
        response: { 200: ok },
      },
    },
    async (req) => {
      await commands.correctGroups(ctxOf(req), parseId(req.params.id), { op: 'rename', key: req.params.key, label: req.body.label });
      return { id: req.params.id, status: 'ok' };
    },
  );

  app.post<{ Params: { id: string; key: string }; Body: { opinionIds: string[] } }>(
    '/consultations/:id/groups/:key/move',
    {
      schema: {
        tags: TAG,
        summary: 'Chuyển ý kiến vào nhóm này',
        params: keyParams,
        body: { type: 'object', required: ['opinionIds'], additionalProperties: false, properties: { opinionIds: opinionIdList } },
        response: { 200: ok },
      },
    },
    async (req) => {
      await commands.correctGroups(ctxOf(req), parseId(req.params.id), { op: 'move', opinionIds: req.body.opinionIds, toKey: req.params.key });
      return { id: req.params.id, status: 'ok' };
    },
  );

  app.put<{ Params: { id: string; key: string }; Body: { kind: ResponseKind; text: string } }>(
    '/consultations/:id/groups/:key/response',
    {
      schema: {
        tags: TAG,
        summary: 'Nội dung tiếp thu hoặc giải trình cho một nhóm ý kiến',
        params: keyParams,
        body: {
          type: 'object',
          required: ['kind', 'text'],
          additionalProperties: false,
          properties: { kind: { type: 'string', enum: [...RESPONSE_KINDS] }, text: { type: 'string', minLength: 1, maxLength: MAX_RESPONSE } },
        },
        response: { 200: ok },
      },
    },
    async (req) => {
      await commands.respond(ctxOf(req), parseId(req.params.id), req.params.key, req.body);
      return { id: req.params.id, status: 'ok' };
    },
  );

  // ---- exports ----
  app.get<{ Params: { id: string }; Querystring: { format: 'docx' | 'xlsx' } }>(
    '/consultations/:id/export',
    {
      schema: {
        tags: TAG,
        summary: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến: DOCX (thể thức Nghị định 30/2020) hoặc XLSX',
        params: idParams,
        querystring: { type: 'object', required: ['format'], additionalProperties: false, properties: { format: { type: 'string', enum: ['docx', 'xlsx'] } } },
      },
    },
    async (req: FastifyRequest<{ Params: { id: string }; Querystring: { format: 'docx' | 'xlsx' } }>, reply) => {
      const ctx = ctxOf(req);
      const c = await store.getConsultation(ctx.db, parseId(req.params.id));
      commands.assertSynthesisVisible(ctx.actor, c);
      const data = await synthesisData(ctx, c);
      const fmt = req.query.format;
      const buf = fmt === 'docx' ? await synthesisDocx(data) : await synthesisXlsx(data);
      reply.header(
        'content-type',
        fmt === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      reply.header('content-disposition', `attachment; filename="tong-hop-y-kien-${c.id}.${fmt}"`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(buf);
    },
  );

}
