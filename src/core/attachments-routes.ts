// POST /attachments (a raw body, the file name in ?filename=) and GET /attachments/:id (the file).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  MAX_ATTACHMENT_BYTES,
  UPLOAD_CONTENT_TYPES,
  attachmentContent,
  attachmentOut,
  contentDisposition,
  downloadableAttachment,
  storeAttachment,
  tooLarge,
  type NewAttachment,
} from './attachments.ts';
import { downloadSchema, uploadSchema } from './attachments-schema.ts';
import { ctxOf, parseId } from './http.ts';
import { requireActor } from './permissions.ts';
import { badRequest } from './refusal.ts';

type UploadRequest = FastifyRequest<{ Querystring: { filename: string; unitId?: string } }>;

/** The upload a request carries: its bytes, its declared type, its file name and unit. */
function uploadOf(req: UploadRequest): NewAttachment {
  const body = req.body;
  if (!Buffer.isBuffer(body)) throw badRequest('EMPTY_BODY', 'Tệp gửi lên đang trống.');
  return {
    unitId: req.query.unitId ? parseId(req.query.unitId, 'unitId') : null,
    filename: req.query.filename,
    declaredType: String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase(),
    content: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
  };
}

export async function attachmentsRoutes(app: FastifyInstance): Promise<void> {
  // Raw bodies for this plugin only (JSON stays the rule everywhere else).
  app.addContentTypeParser(UPLOAD_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) => done(null, body));

  app.post<{ Querystring: { filename: string; unitId?: string } }>(
    '/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: uploadSchema,
      // Refused before the body is read when the declared length is already too large.
      onRequest: async (req: FastifyRequest) => {
        if (Number(req.headers['content-length'] ?? 0) > MAX_ATTACHMENT_BYTES) throw tooLarge();
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      requireActor(ctx.actor);
      const meta = await storeAttachment(ctx, uploadOf(req));
      reply.status(201);
      return attachmentOut(meta);
    },
  );

  app.get<{ Params: { id: string } }>('/attachments/:id', { schema: downloadSchema }, async (req, reply) => {
    const ctx = ctxOf(req);
    const id = parseId(req.params.id);
    const meta = await downloadableAttachment(ctx, id);
    const etag = `"${meta.sha256}"`;
    reply.header('etag', etag);
    reply.header('cache-control', meta.visibility === 'public' ? 'public, max-age=86400, immutable' : 'private, max-age=0, must-revalidate');
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    const inline = meta.mime.startsWith('image/') || meta.mime === 'application/pdf';
    reply.header('content-type', meta.mime);
    reply.header('content-length', String(meta.size));
    reply.header('content-disposition', contentDisposition(meta.filename, inline));
    return reply.send(await attachmentContent(ctx.db, id));
  });
}
