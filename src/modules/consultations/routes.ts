// HTTP routes of consultations (dân tham gia ý kiến): schemas in schema.ts, one use case or query per handler.
// The OpenAPI document and the web's types are generated from the schemas.
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../core/context.ts';
import { ctxOf, idParams, parseId } from '../../core/http.ts';
import type { ActionResult } from './commands/common.ts';
import { closeConsultation, synthesise } from './commands/close.ts';
import { correctGroups } from './commands/corrections.ts';
import { openConsultation, type OpenInput } from './commands/open.ts';
import { enterOpinions, putMyOpinion, type EnterInput } from './commands/opinions.ts';
import { finish, publish, respond } from './commands/responses.ts';
import * as queries from './queries.ts';
import {
  TAG,
  actionResponse,
  detailResponse,
  enterOpinionsSchema,
  exportSchema,
  keyParams,
  listSchema,
  mergeBody,
  moveBody,
  myOpinionResponse,
  openSchema,
  opinionsSchema,
  putMyOpinionSchema,
  renameBody,
  responseBody,
  splitBody,
  synthesisResponse,
} from './schema.ts';
import type { ResponseKind, Stance } from './tables.ts';

type Id = { Params: { id: string } };
type Key = { Params: { id: string; key: string } };
const idOf = (p: { id: string }) => parseId(p.id);

async function consultationRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: OpenInput }>(
    '/consultations',
    {
      schema: {
        tags: TAG,
        summary: 'Mở đợt lấy ý kiến Nhân dân về một dự thảo (Luật 10/2022 Điều 25, 28)',
        description:
          'Thời gian lấy ý kiến ít nhất 20 ngày kể từ ngày công khai (Luật 10/2022 Điều 28 khoản 2); dự thảo hương ước, quy ước ít nhất 30 ngày (Nghị định 61/2023 Điều 9 khoản 1); có thể cấu hình theo đơn vị (units.settings.consultations.minDays / conventionMinDays).',
        ...openSchema,
      },
    },
    async (req, reply) => {
      reply.status(201);
      return openConsultation(ctxOf(req), req.body);
    },
  );

  app.get<{ Querystring: queries.ListQuery }>(
    '/consultations',
    {
      schema: {
        tags: TAG,
        summary: 'Danh sách đợt lấy ý kiến (công khai): của đơn vị, đơn vị cấp trên và các đơn vị trực thuộc',
        description: 'Không có unitId: đợt lấy ý kiến ở các đơn vị của người đăng nhập (cán bộ: đơn vị quản lý; người dân: nơi cư trú).',
        ...listSchema,
      },
    },
    async (req) => queries.listConsultations(ctxOf(req), req.query),
  );

  app.get<Id>(
    '/consultations/:id',
    { schema: { tags: TAG, summary: 'Chi tiết đợt lấy ý kiến: dự thảo, tệp đính kèm, quyền của người xem', params: idParams, response: detailResponse } },
    async (req) => queries.consultationDetail(ctxOf(req), idOf(req.params)),
  );
}

async function opinionRoutes(app: FastifyInstance): Promise<void> {
  app.get<Id>(
    '/consultations/:id/my-opinion',
    {
      schema: {
        tags: TAG,
        summary: 'Ý kiến của tôi và điều gì đã đến với nó: nhóm ý kiến và nội dung tiếp thu, giải trình',
        params: idParams,
        response: myOpinionResponse,
      },
    },
    async (req) => queries.myOpinion(ctxOf(req), idOf(req.params)),
  );

  app.put<Id & { Body: { stance: Stance; body: string } }>(
    '/consultations/:id/my-opinion',
    {
      schema: {
        tags: TAG,
        summary: 'Gửi hoặc sửa ý kiến của tôi (mỗi người một ý kiến cho mỗi đợt; sửa được đến khi kết thúc, sau đó 422)',
        params: idParams,
        ...putMyOpinionSchema,
      },
    },
    async (req, reply) => {
      const r = await putMyOpinion(ctxOf(req), idOf(req.params), req.body);
      reply.status(r.created ? 201 : 200);
      return r.opinion;
    },
  );

  app.post<Id & { Body: EnterInput }>(
    '/consultations/:id/opinions',
    {
      schema: {
        tags: TAG,
        summary: 'Cán bộ nhập ý kiến từ hội nghị, cuộc họp, phiếu lấy ý kiến hoặc hình thức khác (ghi rõ nguồn)',
        params: idParams,
        ...enterOpinionsSchema,
      },
    },
    async (req, reply) => {
      reply.status(201);
      return enterOpinions(ctxOf(req), idOf(req.params), req.body);
    },
  );

  app.get<Id & { Querystring: { group?: string; limit: number; cursor?: string } }>(
    '/consultations/:id/opinions',
    { schema: { tags: TAG, summary: 'Danh sách ý kiến (cán bộ phụ trách)', params: idParams, ...opinionsSchema } },
    async (req) => queries.opinionsPage(ctxOf(req), idOf(req.params), req.query),
  );
}

/** close, synthesise, publish, finish: POST /consultations/:id/<path> without a body. */
const ACTIONS: [path: string, summary: string, run: (ctx: Ctx, id: number) => Promise<ActionResult>][] = [
  ['close', 'Kết thúc lấy ý kiến (khi đã đủ thời gian tối thiểu hoặc đã qua ngày kết thúc)', closeConsultation],
  ['synthesis', 'Tổng hợp ý kiến: nhóm tự động các ý kiến tương tự (chạy lại được đến khi bắt đầu tiếp thu, giải trình)', synthesise],
  ['publish', 'Công khai kết quả tổng hợp ý kiến đến Nhân dân', publish],
  ['finish', 'Hoàn thành đợt lấy ý kiến (422 khi còn nhóm chưa có nội dung tiếp thu, giải trình)', finish],
];

async function synthesisRoutes(app: FastifyInstance): Promise<void> {
  for (const [path, summary, run] of ACTIONS) {
    app.post<Id>(`/consultations/:id/${path}`, { schema: { tags: TAG, summary, params: idParams, response: actionResponse } }, async (req) =>
      run(ctxOf(req), idOf(req.params)),
    );
  }

  app.get<Id>(
    '/consultations/:id/synthesis',
    {
      schema: {
        tags: TAG,
        summary: 'Kết quả tổng hợp: số ý kiến theo quan điểm, theo hình thức; các nhóm ý kiến và nội dung tiếp thu, giải trình',
        params: idParams,
        response: synthesisResponse,
      },
    },
    async (req) => queries.synthesisOf(ctxOf(req), idOf(req.params)),
  );

  app.get<Id & { Querystring: { format: 'docx' | 'xlsx' } }>(
    '/consultations/:id/export',
    {
      schema: {
        tags: TAG,
        summary: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến: DOCX (thể thức Nghị định 30/2020) hoặc XLSX',
        params: idParams,
        ...exportSchema,
      },
    },
    async (req, reply) => {
      const file = await queries.exportSynthesis(ctxOf(req), idOf(req.params), req.query.format);
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(file.body);
    },
  );
}

async function correctionRoutes(app: FastifyInstance): Promise<void> {
  const schema = (summary: string, body: object, params: object = keyParams) => ({ schema: { tags: TAG, summary, params, body, response: actionResponse } });

  app.post<Id & { Body: { keys: string[]; label?: string } }>('/consultations/:id/groups/merge', schema('Gộp các nhóm ý kiến', mergeBody, idParams), async (req) =>
    correctGroups(ctxOf(req), idOf(req.params), { op: 'merge', keys: req.body.keys, label: req.body.label }),
  );
  app.post<Key & { Body: { opinionIds: string[]; label?: string } }>(
    '/consultations/:id/groups/:key/split',
    schema('Tách một số ý kiến của nhóm thành nhóm mới', splitBody),
    async (req) => correctGroups(ctxOf(req), idOf(req.params), { op: 'split', key: req.params.key, opinionIds: req.body.opinionIds, label: req.body.label }),
  );
  app.post<Key & { Body: { label: string } }>('/consultations/:id/groups/:key/rename', schema('Đổi tên nhóm ý kiến', renameBody), async (req) =>
    correctGroups(ctxOf(req), idOf(req.params), { op: 'rename', key: req.params.key, label: req.body.label }),
  );
  app.post<Key & { Body: { opinionIds: string[] } }>('/consultations/:id/groups/:key/move', schema('Chuyển ý kiến vào nhóm này', moveBody), async (req) =>
    correctGroups(ctxOf(req), idOf(req.params), { op: 'move', opinionIds: req.body.opinionIds, toKey: req.params.key }),
  );
  app.put<Key & { Body: { kind: ResponseKind; text: string } }>(
    '/consultations/:id/groups/:key/response',
    schema('Nội dung tiếp thu hoặc giải trình cho một nhóm ý kiến', responseBody),
    async (req) => respond(ctxOf(req), idOf(req.params), req.params.key, req.body),
  );
}

export async function consultationsRoutes(app: FastifyInstance): Promise<void> {
  await consultationRoutes(app);
  await opinionRoutes(app);
  await synthesisRoutes(app);
  await correctionRoutes(app);
}
