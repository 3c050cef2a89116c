// A mechanism is one folder and one line: a throwaway module declared here — routes, a permission action, an
// indicator — and handed to the platform beside the real ones gets its route served, its action in the one
// permission matrix (and in /me), and its indicator computed and listed by the reports, without any other file
// knowing about it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/core/audit.ts';
import { inTransaction } from '../../src/core/context.ts';
import { bumpCounter } from '../../src/core/counters.ts';
import { directory } from '../../src/core/directory.ts';
import { ctxOf, idInput, parseId } from '../../src/core/http.ts';
import { defineIndicator, figuresSchema } from '../../src/core/indicators.ts';
import { defineModule } from '../../src/core/module.ts';
import { requirePermission, type Action } from '../../src/core/permissions.ts';
import { MODULES } from '../../src/modules/index.ts';
import { testPlatform, TEST_ENGINE, type TestPlatform } from '../harness.ts';

const PLANT = 'tree.plant' as Action;

async function treesRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: { unitId: string } }>(
    '/trees',
    {
      schema: {
        body: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idInput } },
        response: { 201: { type: 'object', required: ['planted'], properties: { planted: { type: 'boolean' } } } },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const unitId = parseId(req.body.unitId, 'unitId');
      await inTransaction(ctx, async (tx) => {
        const path = (await directory().unitPath(tx.db, unitId)) ?? '';
        requirePermission(tx.actor, PLANT, path);
        await bumpCounter(tx, { unitId, unitPath: path, key: 'trees.planted', day: '2026-11-20' });
        await audit(tx, { action: 'tree.plant', targetType: 'unit', targetId: unitId, unitId, data: {} });
      });
      reply.status(201);
      return { planted: true };
    },
  );
}

const treesModule = defineModule({
  name: 'trees',
  routes: treesRoutes,
  permissions: { 'tree.plant': ['official', 'village_head'] },
  indicators: [
    defineIndicator<{ planted: number }>({
      key: 'trees',
      group: 'trees',
      label: { vi: 'Cây xanh được trồng', en: 'Trees planted' },
      legal: 'Phong trào trồng cây (chỉ tiêu thử của kiểm thử).',
      inputs: { sums: ['trees.planted'] },
      compute: (v) => ({ planted: v.sum('trees.planted') }),
      schema: figuresSchema(['planted']),
      report: { summary: (t) => [['Cây xanh được trồng', String(t.planted)]] },
    }),
  ],
});

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform({ modules: [...MODULES, treesModule] });
});
afterAll(async () => p?.close());

describe(`a module registered by a test (${TEST_ENGINE})`, () => {
  it('gets its route, its permission (in /me too) and its indicator, and refuses who may not', async () => {
    const village = String(await p.unitId('HY-TANHUNG-DONG'));
    const head = await p.login('truongthon.dong');
    const resident = await p.login('dan.dong');
    expect((await p.req('GET', '/api/v1/me', { token: head })).json().can['tree.plant']).toEqual([village]);
    expect((await p.req('GET', '/api/v1/me', { token: resident })).json().can['tree.plant']).toBeUndefined();

    const planted = await p.req('POST', '/api/v1/trees', { token: head, body: { unitId: village } });
    expect(planted.statusCode).toBe(201);
    expect(planted.json()).toEqual({ planted: true });
    const refused = await p.req('POST', '/api/v1/trees', { token: resident, body: { unitId: village } });
    expect(refused.statusCode).toBe(403);

    const steering = await p.login('bcd.tinh');
    const r = await p.req('GET', `/api/v1/reports/indicators?unitId=${await p.unitId('HY')}&from=2026-11-01&to=2026-11-30`, { token: steering });
    expect(r.statusCode).toBe(200);
    expect(r.json().indicators.trees).toEqual({ planted: 1 });
    const defs = await p.req('GET', '/api/v1/reports/indicators/definitions', { token: steering });
    expect(defs.json().items.map((d: { key: string }) => d.key)).toContain('trees');
    const doc = await p.req('GET', '/api/v1/openapi.json');
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/trees');
  });
});
