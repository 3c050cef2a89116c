// HTTP routes of "Dân bàn và quyết định": schemas in schema.ts, each handler one call to a command or a query.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ctxOf, decodeCursor, parseId, sendCreated } from '../../core/http.ts';
import { castBallot, type BallotInput } from './commands/ballots.ts';
import { closeDecision } from './commands/close.ts';
import { recordMeeting, type MeetingInput } from './commands/meeting.ts';
import { openDecision, type OpenDecisionInput } from './commands/open.ts';
import { answerRecognition, cancelDecision } from './commands/recognition.ts';
import { decisionDetail } from './queries/detail.ts';
import { ballotIntegrity } from './queries/integrity.ts';
import { listDecisions } from './queries/list.ts';
import { minutesDocx } from './queries/minutes.ts';
import { participation } from './queries/participation.ts';
import { decisionResult } from './queries/result.ts';
import * as s from './schema.ts';

type Id = { Params: { id: string } };
const tags = s.tags;

/** A document answered as a download. */
function sendFile(reply: FastifyReply, file: { filename: string; contentType: string; body: Buffer }) {
  return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
}

/** Opening, the list and one decision. */
async function decisionRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Omit<OpenDecisionInput, 'unitId'> & { unitId: string | number } }>(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Mở một nội dung để hộ gia đình bàn và quyết định (chốt danh sách hộ khi mở)',
        body: s.openBody,
        response: { 201: s.openedResponse },
      },
    },
    async (req, reply) => sendCreated(reply, await openDecision(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') })),
  );

  app.get<{ Querystring: { unitId?: string; status?: string; limit: number; cursor?: string } }>(
    '/decisions',
    { schema: { tags, summary: 'Danh sách nội dung biểu quyết (mới nhất trước)', querystring: s.listQuery, response: { 200: s.listResponse } } },
    async (req) =>
      listDecisions(ctxOf(req), {
        unitId: req.query.unitId ? parseId(req.query.unitId, 'unitId') : undefined,
        status: req.query.status,
        cursor: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      }),
  );

  app.get<Id>(
    '/decisions/:id',
    { schema: { tags, summary: 'Chi tiết nội dung biểu quyết', params: s.idParams, response: { 200: s.detailResponse } } },
    async (req) => decisionDetail(ctxOf(req), parseId(req.params.id)),
  );
}

/** Ballots, who voted, and the integrity of the ballot data. */
async function ballotRoutes(app: FastifyInstance): Promise<void> {
  app.post<Id & { Body: Omit<BallotInput, 'householdId'> & { householdId: string | number } }>(
    '/decisions/:id/ballots',
    {
      schema: {
        tags,
        summary: 'Ghi phiếu của một hộ gia đình (mỗi hộ một phiếu trên mọi hình thức)',
        params: s.idParams,
        body: s.ballotBody,
        response: { 201: s.ballotResponse },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await castBallot(ctxOf(req), parseId(req.params.id), {
          householdId: parseId(req.body.householdId, 'householdId'),
          choice: req.body.choice,
          channel: req.body.channel,
        }),
      ),
  );

  app.get<Id & { Querystring: { q?: string; voted?: boolean; limit: number; cursor?: string } }>(
    '/decisions/:id/participation',
    {
      schema: {
        tags,
        summary: 'Danh sách hộ được biểu quyết và hộ đã biểu quyết (chỉ cán bộ, trưởng thôn); không có lựa chọn của hộ',
        params: s.idParams,
        querystring: s.participationQuery,
        response: { 200: s.participationResponse },
      },
    },
    async (req) =>
      participation(ctxOf(req), parseId(req.params.id), {
        q: req.query.q,
        voted: req.query.voted,
        cursor: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      }),
  );

  app.get<Id>(
    '/decisions/:id/integrity',
    {
      schema: {
        tags,
        summary: 'Kiểm tra toàn vẹn dữ liệu phiếu: danh sách hộ đã biểu quyết, hòm phiếu và nhật ký phiếu phải khớp nhau (người được xem nhật ký)',
        params: s.idParams,
        response: { 200: s.integrityResponse },
      },
    },
    async (req) => ballotIntegrity(ctxOf(req), parseId(req.params.id)),
  );
}

/** The meeting, closing and the result, the commune's recognition, cancellation, the minutes. */
async function lifecycleRoutes(app: FastifyInstance): Promise<void> {
  app.post<Id & { Body: MeetingInput }>(
    '/decisions/:id/meeting',
    {
      schema: {
        tags,
        summary: 'Ghi điểm danh cuộc họp: số hộ có đại diện tham dự; cuộc họp thiếu hộ thì chuyển sang phát phiếu',
        params: s.idParams,
        body: s.meetingBody,
        response: { 200: s.meetingResponse },
      },
    },
    async (req) => recordMeeting(ctxOf(req), parseId(req.params.id), req.body),
  );

  app.post<Id>(
    '/decisions/:id/close',
    { schema: { tags, summary: 'Kết thúc biểu quyết, kiểm phiếu và công bố kết quả', params: s.idParams, response: { 200: s.resultResponse } } },
    async (req) => closeDecision(ctxOf(req), parseId(req.params.id)),
  );

  app.get<Id>(
    '/decisions/:id/result',
    { schema: { tags, summary: 'Kết quả biểu quyết (sau khi kết thúc)', params: s.idParams, response: { 200: s.resultResponse } } },
    async (req) => decisionResult(ctxOf(req), parseId(req.params.id)),
  );

  app.post<Id & { Body: { number?: string } | undefined }>(
    '/decisions/:id/recognise',
    {
      schema: {
        tags,
        summary: 'Cấp xã ban hành quyết định công nhận (hương ước, trưởng thôn, thành viên ban)',
        params: s.idParams,
        body: s.recogniseBody,
        response: { 200: s.detailResponse },
      },
    },
    async (req) => answerRecognition(ctxOf(req), parseId(req.params.id), 'recognise', { number: req.body?.number }),
  );

  app.post<Id & { Body: { reason: string; number?: string } }>(
    '/decisions/:id/refuse',
    {
      schema: { tags, summary: 'Cấp xã không công nhận: trả lời bằng văn bản, nêu rõ lý do', params: s.idParams, body: s.refuseBody, response: { 200: s.detailResponse } },
    },
    async (req) => answerRecognition(ctxOf(req), parseId(req.params.id), 'refuse', { reason: req.body.reason, number: req.body.number }),
  );

  app.post<Id & { Body: { reason: string } }>(
    '/decisions/:id/cancel',
    { schema: { tags, summary: 'Hủy nội dung đang biểu quyết (nêu lý do)', params: s.idParams, body: s.cancelBody, response: { 200: s.detailResponse } } },
    async (req) => cancelDecision(ctxOf(req), parseId(req.params.id), req.body.reason),
  );

  app.get<Id>(
    '/decisions/:id/minutes.docx',
    {
      schema: {
        tags,
        summary: 'Biên bản kết quả biểu quyết (DOCX, thể thức Nghị định 30/2020/NĐ-CP)',
        params: s.idParams,
        response: { 200: s.docxResponse },
      },
    },
    async (req, reply) => sendFile(reply, await minutesDocx(ctxOf(req), parseId(req.params.id))),
  );
}

export async function decisionsRoutes(app: FastifyInstance): Promise<void> {
  await decisionRoutes(app);
  await ballotRoutes(app);
  await lifecycleRoutes(app);
}
