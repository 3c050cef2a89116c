// Reading and verifying the audit log.
import type { FastifyInstance } from 'fastify';
import { verifyChain, verifyAll } from './audit.ts';
import { ctxOf, decodeCursor, listQueryProps, toPage } from './http.ts';
import { requireActor, requirePermission, scopesFor } from './permissions.ts';
import { forbidden, notFound } from './refusal.ts';
import { directory } from './directory.ts';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { unitId?: string; targetType?: string; targetId?: string; limit: number; cursor?: string } }>(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' },
            targetType: { type: 'string', maxLength: 50 },
            targetId: { type: 'string', maxLength: 50 },
            ...listQueryProps,
          },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const actor = requireActor(ctx.actor);
      let q = ctx.db.selectFrom('audit_log').selectAll();
      if (req.query.unitId) {
        const path = await directory().unitPath(ctx.db, Number(req.query.unitId));
        if (path === null) throw notFound('Đơn vị');
        requirePermission(actor, 'audit.read', path);
        q = q.where('unit_id', '=', Number(req.query.unitId));
      } else {
        // Without a unit: only for those who may read the audit log at the root of their scopes.
        const scopes = scopesFor(actor, 'audit.read');
        if (!scopes.some((p) => p.split('/').length === 3)) throw forbidden();
      }
      if (req.query.targetType) q = q.where('target_type', '=', req.query.targetType);
      if (req.query.targetId) q = q.where('target_id', '=', req.query.targetId);
      const cursor = decodeCursor(req.query.cursor);
      if (cursor) q = q.where('id', '<', cursor);
      const rows = await q.orderBy('id', 'desc').limit(req.query.limit + 1).execute();
      return toPage(rows, req.query.limit, (r) => ({
        id: String(r.id),
        at: new Date(r.at).toISOString(),
        actor: r.actor_name,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        unitId: r.unit_id === null ? null : String(r.unit_id),
        ip: r.ip,
        data: r.data,
        hash: r.hash,
      }));
    },
  );

  app.get<{ Querystring: { chain?: string } }>(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { chain: { type: 'string', minLength: 3, maxLength: 100 } },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const actor = requireActor(ctx.actor);
      if (scopesFor(actor, 'audit.read').length === 0) throw forbidden();
      if (req.query.chain) {
        const v = await verifyChain(ctx, req.query.chain);
        return { ...v, message: v.ok ? 'Nhật ký toàn vẹn.' : 'Phát hiện nhật ký bị sửa đổi.' };
      }
      const all = await verifyAll(ctx);
      return {
        chains: all.chains,
        ok: all.broken.length === 0,
        broken: all.broken,
        message: all.broken.length === 0 ? 'Nhật ký toàn vẹn.' : `Phát hiện ${all.broken.length} chuỗi nhật ký bị sửa đổi.`,
      };
    },
  );
}
