// Reading and verifying the audit log.
import type { FastifyInstance } from 'fastify';
import { auditEntries, verifyChain, verifyAll } from './audit.ts';
import { auditListSchema, auditVerifySchema } from './audit-schema.ts';
import type { Ctx } from './context.ts';
import { ctxOf, decodeCursor, toPage } from './http.ts';
import { requireActor, requirePermission, scopesFor } from './permissions.ts';
import { forbidden, notFound } from './refusal.ts';
import { directory } from './directory.ts';

interface AuditQuery {
  unitId?: string;
  targetType?: string;
  targetId?: string;
  limit: number;
  cursor?: string;
}

/**
 * A page of the log, newest first: of one unit for those who may read its log, or of everything for those who may
 * read the log at the root of their scopes (a province or the country).
 */
async function readAuditLog(ctx: Ctx, query: AuditQuery) {
  const actor = requireActor(ctx.actor);
  const unitId = query.unitId ? Number(query.unitId) : undefined;
  if (unitId !== undefined) {
    const path = await directory().unitPath(ctx.db, unitId);
    if (path === null) throw notFound('Đơn vị');
    requirePermission(actor, 'audit.read', path);
  } else if (!scopesFor(actor, 'audit.read').some((p) => p.split('/').length === 3)) {
    throw forbidden();
  }
  const before = decodeCursor(query.cursor);
  const rows = await auditEntries(ctx, { unitId, targetType: query.targetType, targetId: query.targetId, before, limit: query.limit + 1 });
  return toPage(rows, query.limit, (r) => ({
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
}

/** The verdict on one chain, or on every chain, for those who may read the log somewhere. */
async function verifyAuditLog(ctx: Ctx, chain: string | undefined) {
  const actor = requireActor(ctx.actor);
  if (scopesFor(actor, 'audit.read').length === 0) throw forbidden();
  if (chain) {
    const v = await verifyChain(ctx, chain);
    return { ...v, message: v.ok ? 'Nhật ký toàn vẹn.' : 'Phát hiện nhật ký bị sửa đổi.' };
  }
  const all = await verifyAll(ctx);
  return {
    chains: all.chains,
    ok: all.broken.length === 0,
    broken: all.broken,
    message: all.broken.length === 0 ? 'Nhật ký toàn vẹn.' : `Phát hiện ${all.broken.length} chuỗi nhật ký bị sửa đổi.`,
  };
}

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AuditQuery }>('/audit', { schema: auditListSchema }, async (req) => readAuditLog(ctxOf(req), req.query));
  app.get<{ Querystring: { chain?: string } }>('/audit/verify', { schema: auditVerifySchema }, async (req) =>
    verifyAuditLog(ctxOf(req), req.query.chain),
  );
}
