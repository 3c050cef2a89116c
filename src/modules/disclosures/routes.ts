// HTTP routes of disclosures (api.md "Disclosures" + postings, versions, questions, compliance, subscriptions,
// categories, per-unit posting period). Public reads are cacheable (Cache-Control + ETag, in-process cache).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { attachmentOut, attachmentsMeta } from '../../core/attachments.ts';
import { compareDates } from '../../core/calendar/index.ts';
import { todayVn } from '../../core/dates.ts';
import { notFound } from '../../core/refusal.ts';
import { ctxOf, decodeCursor, idInput, idParams, legalDate, listQueryProps, parseId, toPage } from '../../core/http.ts';
import { requireActor, requirePermission } from '../../core/permissions.ts';
import { tokenize } from '../../core/text.ts';
import { ALL_CATEGORIES, CHANNELS, CHANNEL_CODES, categoriesFor, categoryByCode, channelByCode, type DisclosureUnitKind } from './categories.ts';
import { cacheGet, cachePut, currentGeneration } from './cache.ts';
import * as commands from './commands.ts';
import { COMMUNE_MIN_POSTING_DAYS, AGENCY_MIN_POSTING_DAYS, ENTERPRISE_MIN_POSTING_DAYS, MAX_POSTING_DAYS, defaultPostingDays } from './rules.ts';
import * as store from './store.ts';

/**
 * Browsers and proxies may reuse a public list for this long (seconds). A disclosure's page is always revalidated
 * (max-age=0 + ETag → a 304 without body), so an answer or a new version shows at once to whoever wrote it.
 */
export const PUBLIC_LIST_MAX_AGE_S = 15;
const MAX_SEARCH_TOKENS = 8;

const iso = (d: Date | string) => new Date(d).toISOString();
const CATEGORY_CODES = [...new Set(ALL_CATEGORIES.map((c) => c.code))];

const postingBody = {
  type: 'object',
  required: ['channel', 'place'],
  additionalProperties: false,
  properties: {
    channel: { type: 'string', enum: CHANNEL_CODES },
    place: { type: 'string', minLength: 1, maxLength: 300 },
    postedOn: legalDate,
    days: { type: 'integer', minimum: 1, maximum: MAX_POSTING_DAYS },
    photoAttachmentId: idInput,
    note: { type: 'string', maxLength: 1000 },
    placeUnitId: idInput,
  },
} as const;

interface PostingBody {
  channel: string;
  place: string;
  postedOn?: string;
  days?: number;
  photoAttachmentId?: string | number;
  note?: string;
  placeUnitId?: string | number;
}

const toPosting = (p: PostingBody): commands.PostingInput => ({
  channel: p.channel,
  place: p.place,
  postedOn: p.postedOn,
  days: p.days,
  photoAttachmentId: p.photoAttachmentId === undefined ? null : parseId(p.photoAttachmentId, 'photoAttachmentId'),
  note: p.note ?? null,
  placeUnitId: p.placeUnitId === undefined ? null : parseId(p.placeUnitId, 'placeUnitId'),
});

const publishOut = (r: commands.PublishResult) => ({
  id: String(r.id),
  version: r.version,
  publishedAt: iso(r.publishedAt),
  publishedOn: r.publishedOn,
  postedUntil: r.postedUntil,
  dueOn: r.dueOn,
  onTime: r.onTime,
  channels: r.channels,
  warnings: r.warnings,
});

const channelOut = (code: string) => ({ code, name: channelByCode(code)?.vi ?? code });

/** Sends a JSON body with caching headers; answers 304 when the client already has it. */
function sendJson(req: FastifyRequest, reply: FastifyReply, body: string, etag: string, isPublic: boolean, maxAge: number): FastifyReply {
  reply.header('etag', etag);
  reply.header('cache-control', isPublic ? `public, max-age=${maxAge}, must-revalidate` : 'private, no-cache');
  reply.header('vary', 'Authorization, Cookie');
  if (req.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

async function cached(
  req: FastifyRequest,
  reply: FastifyReply,
  key: string | null,
  compute: () => Promise<unknown>,
  isPublic: boolean,
  maxAge = 0,
): Promise<FastifyReply> {
  if (key) {
    const hit = cacheGet(key);
    if (hit) return sendJson(req, reply, hit.body, hit.etag, isPublic, maxAge);
  }
  const gen = currentGeneration();
  const body = JSON.stringify(await compute());
  const entry = cachePut(key ?? '', body, key ? gen : -1);
  return sendJson(req, reply, body, entry.etag, isPublic, maxAge);
}

export async function disclosuresRoutes(app: FastifyInstance): Promise<void> {
  // ---- reference data ----
  app.get<{ Querystring: { kind?: DisclosureUnitKind } }>(
    '/disclosures/categories',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Danh mục nội dung phải công khai và hình thức công khai (theo loại đơn vị)',
        querystring: { type: 'object', additionalProperties: false, properties: { kind: { type: 'string', enum: ['commune', 'agency', 'enterprise'] } } },
      },
    },
    async (req, reply) => {
      const kind = req.query.kind;
      reply.header('cache-control', 'public, max-age=3600');
      return {
        categories: (kind ? categoriesFor(kind) : ALL_CATEGORIES).map((c) => ({
          code: c.code,
          kind: c.kind,
          name: c.vi,
          nameEn: c.en,
          legalBasis: c.legalBasis,
          mandatory: c.mandatory,
          frequency: c.frequency,
          loudspeaker: !!c.loudspeaker,
        })),
        channels: CHANNELS.filter((c) => !kind || c.kinds.includes(kind)).map((c) => ({ code: c.code, name: c.vi, nameEn: c.en, kinds: c.kinds, legalBasis: c.legalBasis })),
        postingDays: { commune: COMMUNE_MIN_POSTING_DAYS, agency: AGENCY_MIN_POSTING_DAYS, enterprise: ENTERPRISE_MIN_POSTING_DAYS },
      };
    },
  );

  // ---- publish ----
  app.post<{
    Body: {
      unitId: string | number;
      category: string;
      title: string;
      body: string;
      channels: string[];
      postingDays?: number;
      decidedOn?: string;
      attachmentIds?: (string | number)[];
      postings?: PostingBody[];
    };
  }>(
    '/disclosures',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Công khai thông tin (đăng, niêm yết)',
        body: {
          type: 'object',
          required: ['unitId', 'category', 'title', 'body', 'channels'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            category: { type: 'string', enum: CATEGORY_CODES },
            title: { type: 'string', minLength: 1, maxLength: 300 },
            body: { type: 'string', maxLength: 100_000 },
            channels: { type: 'array', minItems: 1, maxItems: CHANNEL_CODES.length, uniqueItems: true, items: { type: 'string', enum: CHANNEL_CODES } },
            postingDays: { type: 'integer', minimum: 1, maximum: MAX_POSTING_DAYS },
            decidedOn: legalDate,
            attachmentIds: { type: 'array', maxItems: 20, items: idInput },
            postings: { type: 'array', maxItems: 50, items: postingBody },
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const r = await commands.publishDisclosure(ctxOf(req), {
        unitId: parseId(b.unitId, 'unitId'),
        category: b.category,
        title: b.title,
        body: b.body,
        channels: b.channels,
        postingDays: b.postingDays ?? null,
        decidedOn: b.decidedOn ?? null,
        attachmentIds: (b.attachmentIds ?? []).map((x) => parseId(x, 'attachmentIds')),
        postings: (b.postings ?? []).map(toPosting),
      });
      reply.status(201);
      return publishOut(r);
    },
  );

  // ---- public list ----
  app.get<{ Querystring: { unitId?: string; category?: string; q?: string; posted?: 'current'; limit: number; cursor?: string } }>(
    '/disclosures',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Danh sách thông tin công khai (không cần đăng nhập); q tìm không phân biệt dấu, hoa thường',
        description:
          'Trang của một thôn, tổ dân phố hiển thị cả thông tin của thôn và của xã, phường; trang của xã, phường hiển thị thông tin của xã và mọi thôn, tổ dân phố trực thuộc. Thông tin của cơ quan, doanh nghiệp chỉ công khai trong nội bộ (cần đăng nhập).',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' },
            category: { type: 'string', enum: CATEGORY_CODES },
            q: { type: 'string', maxLength: 200 },
            posted: { type: 'string', enum: ['current'] },
            ...listQueryProps,
          },
        },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const qs = req.query;
      const beforeId = decodeCursor(qs.cursor);
      const tokens = qs.q ? [...new Set(tokenize(qs.q))].slice(0, MAX_SEARCH_TOKENS) : [];
      const today = todayVn(ctx.now);
      // Only public lists are ever cached, so a hit needs no database work at all.
      const key = `list|${qs.unitId ?? ''}|${qs.category ?? ''}|${tokens.join(' ')}|${qs.posted ? today : ''}|${qs.limit}|${beforeId ?? ''}`;
      const hit = cacheGet(key);
      if (hit) return sendJson(req, reply, hit.body, hit.etag, true, PUBLIC_LIST_MAX_AGE_S);
      let filter: Omit<store.ListFilter, 'beforeId' | 'limit' | 'tokens'> = { kinds: ['commune', 'village'] };
      let isPublic = true;
      if (qs.unitId) {
        const du = await commands.disclosureUnit(ctx, parseId(qs.unitId, 'unitId'));
        commands.assertCanRead(ctx, du);
        isPublic = du.isPublic;
        if (du.unit.kind === 'village') filter = { unitIds: [du.unit.id, ...(du.commune ? [du.commune.id] : [])] };
        else if (du.unit.kind === 'commune') filter = { unitPathPrefix: du.unit.path, kinds: ['commune', 'village'] };
        else filter = { unitIds: [du.unit.id] };
      }
      return cached(
        req,
        reply,
        isPublic ? key : null,
        async () => {
          const rows = await store.listDisclosures(ctx.db, {
            ...filter,
            category: qs.category,
            tokens,
            postedOn: qs.posted ? today : undefined,
            beforeId,
            limit: qs.limit,
          });
          return toPage(rows, qs.limit, (r) => ({
            id: String(r.id),
            unitId: String(r.unit_id),
            unitName: r.unit_name,
            category: r.category,
            categoryName: categoryByCode(r.category)?.vi ?? r.category,
            version: r.version,
            title: r.title,
            excerpt: r.excerpt,
            publishedAt: iso(r.published_at),
            publishedOn: r.published_on,
            postedUntil: r.posted_until,
            attachments: Number(r.attachments),
            answeredQuestions: Number(r.questions),
          }));
        },
        isPublic,
        PUBLIC_LIST_MAX_AGE_S,
      );
    },
  );

  // ---- officials' question queue ----
  app.get<{ Querystring: { unitId: string; status?: 'open' | 'answered'; limit: number; cursor?: string } }>(
    '/disclosures/questions',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Câu hỏi của người dân về thông tin công khai (cán bộ)',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, status: { type: 'string', enum: ['open', 'answered'], default: 'open' }, ...listQueryProps },
        },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const du = await commands.disclosureUnit(ctx, parseId(req.query.unitId, 'unitId'));
      requirePermission(ctx.actor, 'disclosure.answer', du.unit.path);
      const rows = await store.listQuestionsIn(ctx.db, {
        unitPath: du.unit.path,
        open: (req.query.status ?? 'open') === 'open',
        beforeId: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      });
      reply.header('cache-control', 'private, no-store');
      return toPage(rows, req.query.limit, (q) => ({
        id: String(q.id),
        disclosureId: String(q.disclosure_id),
        disclosureTitle: q.disclosure_title,
        unitId: String(q.unit_id),
        question: q.question,
        askerName: q.asker_name,
        askedAt: iso(q.asked_at),
        answer: q.answer,
        answeredAt: q.answered_at ? iso(q.answered_at) : null,
        answeredBy: q.answerer_name,
      }));
    },
  );

  // ---- compliance ----
  app.get<{ Querystring: { unitId: string; from: string; to: string } }>(
    '/disclosures/compliance',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Tình hình công khai theo đơn vị và kỳ: nội dung bắt buộc đã công khai đúng hạn, trễ hạn, chưa công khai',
        querystring: {
          type: 'object',
          required: ['unitId', 'from', 'to'],
          additionalProperties: false,
          properties: { unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, from: legalDate, to: legalDate },
        },
      },
    },
    async (req, reply) => {
      const r = await commands.disclosureCompliance(ctxOf(req), parseId(req.query.unitId, 'unitId'), req.query.from, req.query.to);
      reply.header('cache-control', 'private, no-cache');
      return { ...r, unitId: String(r.unitId) };
    },
  );

  // ---- subscriptions ----
  app.get('/disclosures/subscriptions', { schema: { tags: ['disclosures'], summary: 'Các danh mục tôi theo dõi' } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const actor = requireActor(ctx.actor);
    const rows = await store.listSubscriptions(ctx.db, actor.userId);
    reply.header('cache-control', 'private, no-store');
    return {
      items: rows.map((s) => ({
        id: String(s.id),
        unitId: String(s.unit_id),
        unitName: s.unit_name,
        category: s.category,
        categoryName: s.category === commands.ALL_CATEGORIES_MARK ? 'Tất cả danh mục' : (categoryByCode(s.category)?.vi ?? s.category),
      })),
      nextCursor: null,
    };
  });

  app.put<{ Body: { unitId: string | number; categories: string[] } }>(
    '/disclosures/subscriptions',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Theo dõi các danh mục công khai của một đơn vị (thay thế lựa chọn trước; danh sách rỗng = bỏ theo dõi)',
        body: {
          type: 'object',
          required: ['unitId', 'categories'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            categories: { type: 'array', maxItems: 40, uniqueItems: true, items: { type: 'string', enum: [commands.ALL_CATEGORIES_MARK, ...CATEGORY_CODES] } },
          },
        },
      },
    },
    async (req) => {
      const unitId = parseId(req.body.unitId, 'unitId');
      const categories = await commands.subscribe(ctxOf(req), unitId, req.body.categories);
      return { unitId: String(unitId), categories };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/disclosures/subscriptions/:id',
    { schema: { tags: ['disclosures'], summary: 'Bỏ theo dõi', params: idParams } },
    async (req, reply) => {
      await commands.unsubscribe(ctxOf(req), parseId(req.params.id));
      return reply.status(204).send();
    },
  );

  // ---- one disclosure ----
  app.get<{ Params: { id: string } }>(
    '/disclosures/:id',
    { schema: { tags: ['disclosures'], summary: 'Chi tiết thông tin công khai, lịch sử phiên bản, niêm yết, hỏi đáp (không cần đăng nhập)', params: idParams } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      const key = `detail|${id}|${todayVn(ctx.now)}`;
      const hit = cacheGet(key); // only public disclosures are cached
      if (hit) return sendJson(req, reply, hit.body, hit.etag, true, 0);
      const d = await store.findDisclosure(ctx.db, id);
      if (!d) throw notFound('Nội dung công khai');
      const du = await commands.disclosureUnit(ctx, d.unit_id);
      commands.assertCanRead(ctx, du);
      return cached(
        req,
        reply,
        du.isPublic ? key : null,
        async () => {
          const [versions, postings, questions] = await Promise.all([
            store.listVersions(ctx.db, id),
            store.listPostings(ctx.db, id),
            store.listQuestions(ctx.db, id),
          ]);
          const attIds = new Set<number>(d.attachment_ids);
          for (const v of versions) for (const a of v.attachment_ids) attIds.add(a);
          for (const p of postings) if (p.photo_attachment_id) attIds.add(p.photo_attachment_id);
          const metas = new Map((await attachmentsMeta(ctx.db, [...attIds])).map((m) => [m.id, attachmentOut(m)]));
          const cat = categoryByCode(d.category);
          const today = todayVn(ctx.now);
          return {
            id: String(d.id),
            unitId: String(d.unit_id),
            unitName: du.unit.name,
            unitKind: du.unit.kind,
            category: d.category,
            categoryName: cat?.vi ?? d.category,
            legalBasis: cat?.legalBasis ?? null,
            version: d.version,
            title: d.title,
            body: d.body,
            channels: d.channels.map(channelOut),
            decidedOn: d.decided_on,
            dueOn: d.due_on,
            onTime: d.due_on === null || compareDates(d.published_on, d.due_on) <= 0,
            publishedAt: iso(d.published_at),
            publishedOn: d.published_on,
            updatedAt: iso(d.updated_at),
            postingDays: d.posting_days,
            postedFrom: d.posted_from,
            postedUntil: d.posted_until,
            permanent: d.posted_until === null,
            postedNow: compareDates(d.posted_from, today) <= 0 && (d.posted_until === null || compareDates(today, d.posted_until) <= 0),
            attachments: d.attachment_ids.map((a) => metas.get(a)).filter(Boolean),
            postings: postings.map((p) => ({
              id: String(p.id),
              version: p.version,
              channel: channelOut(p.channel),
              place: p.place,
              postedAt: iso(p.posted_at),
              postedOn: p.posted_on,
              postedUntil: p.posted_until,
              postedBy: p.posted_by_name,
              photo: p.photo_attachment_id ? (metas.get(p.photo_attachment_id) ?? null) : null,
              note: p.note,
            })),
            versions: versions.map((v) => ({
              version: v.version,
              title: v.title,
              body: v.body,
              channels: (v.channels as string[]).map(channelOut),
              attachments: (v.attachment_ids as number[]).map((a) => metas.get(a)).filter(Boolean),
              reason: v.reason,
              publishedAt: iso(v.published_at),
              publishedBy: v.published_by_name,
              postedFrom: v.posted_from,
              postedUntil: v.posted_until,
            })),
            // Public Q&A: the asker is not named (a resident's question is public, their identity need not be).
            questions: questions.map((q) => ({
              id: String(q.id),
              question: q.question,
              askedAt: iso(q.asked_at),
              answer: q.answer,
              answeredAt: q.answered_at ? iso(q.answered_at) : null,
              answeredBy: q.answer ? `${q.answerer_name ?? ''} — ${du.unit.name}` : null,
            })),
          };
        },
        du.isPublic,
      );
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string; title?: string; body?: string; channels?: string[]; attachmentIds?: (string | number)[]; postingDays?: number } }>(
    '/disclosures/:id/versions',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Đính chính: đăng phiên bản mới (phiên bản cũ vẫn được lưu và hiển thị)',
        params: idParams,
        body: {
          type: 'object',
          required: ['reason'],
          additionalProperties: false,
          properties: {
            reason: { type: 'string', minLength: 1, maxLength: 1000 },
            title: { type: 'string', minLength: 1, maxLength: 300 },
            body: { type: 'string', maxLength: 100_000 },
            channels: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: CHANNEL_CODES } },
            attachmentIds: { type: 'array', maxItems: 20, items: idInput },
            postingDays: { type: 'integer', minimum: 1, maximum: MAX_POSTING_DAYS },
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const r = await commands.reviseDisclosure(ctxOf(req), parseId(req.params.id), {
        reason: b.reason,
        title: b.title,
        body: b.body,
        channels: b.channels,
        attachmentIds: b.attachmentIds?.map((x) => parseId(x, 'attachmentIds')),
        postingDays: b.postingDays,
      });
      reply.status(201);
      return publishOut(r);
    },
  );

  app.post<{ Params: { id: string }; Body: PostingBody }>(
    '/disclosures/:id/postings',
    { schema: { tags: ['disclosures'], summary: 'Ghi nhận niêm yết / phát thanh / thông báo (người thực hiện, nơi, thời điểm, ảnh)', params: idParams, body: postingBody } },
    async (req, reply) => {
      const id = await commands.recordPosting(ctxOf(req), parseId(req.params.id), toPosting(req.body));
      reply.status(201);
      return { id: String(id) };
    },
  );

  app.post<{ Params: { id: string }; Body: { question: string } }>(
    '/disclosures/:id/questions',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['disclosures'],
        summary: 'Người dân đặt câu hỏi về thông tin công khai',
        params: idParams,
        body: { type: 'object', required: ['question'], additionalProperties: false, properties: { question: { type: 'string', minLength: 1, maxLength: 2000 } } },
      },
    },
    async (req, reply) => {
      const id = await commands.askQuestion(ctxOf(req), parseId(req.params.id), req.body.question);
      reply.status(201);
      return { id: String(id) };
    },
  );

  app.post<{ Params: { id: string; questionId: string }; Body: { answer: string } }>(
    '/disclosures/:id/questions/:questionId/answer',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Cán bộ trả lời câu hỏi (câu trả lời được công khai)',
        params: {
          type: 'object',
          required: ['id', 'questionId'],
          additionalProperties: false,
          properties: { id: idParams.properties.id, questionId: idParams.properties.id },
        },
        body: { type: 'object', required: ['answer'], additionalProperties: false, properties: { answer: { type: 'string', minLength: 1, maxLength: 5000 } } },
      },
    },
    async (req) => {
      await commands.answerQuestion(ctxOf(req), parseId(req.params.id), parseId(req.params.questionId, 'questionId'), req.body.answer);
      return { id: req.params.questionId, answered: true };
    },
  );

  // ---- per-unit posting period (audited) ----
  app.get<{ Params: { id: string } }>(
    '/units/:id/settings/disclosures',
    { schema: { tags: ['disclosures'], summary: 'Thời gian niêm yết của đơn vị', params: idParams } },
    async (req) => {
      const ctx = ctxOf(req);
      const du = await commands.disclosureUnit(ctx, parseId(req.params.id));
      const s = await commands.postingDaysFor(ctx, du);
      return { unitId: String(du.unit.id), postingDays: s.days, configured: s.configured, legalDefault: defaultPostingDays(du.kind) };
    },
  );

  app.put<{ Params: { id: string }; Body: { postingDays: number | null } }>(
    '/units/:id/settings/disclosures',
    {
      schema: {
        tags: ['disclosures'],
        summary: 'Đặt thời gian niêm yết tối thiểu của đơn vị (null = theo luật); có ghi nhật ký',
        params: idParams,
        body: {
          type: 'object',
          required: ['postingDays'],
          additionalProperties: false,
          properties: { postingDays: { type: ['integer', 'null'], minimum: 1, maximum: MAX_POSTING_DAYS } },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const id = parseId(req.params.id);
      const s = await commands.setPostingDays(ctx, id, req.body.postingDays);
      const du = await commands.disclosureUnit(ctx, id);
      return { unitId: String(id), postingDays: s.days, configured: s.configured, legalDefault: defaultPostingDays(du.kind) };
    },
  );

}
