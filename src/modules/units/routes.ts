// HTTP routes of units, households and users (api.md "Units and people").
import type { FastifyInstance } from 'fastify';
import { ctxOf, decodeCursor, idInput, idParams, legalDate, listQueryProps, parseId, toPage } from '../../core/http.ts';
import { ROLES } from '../../core/permissions.ts';
import type { Role, UnitKind } from '../../core/schema.ts';
import * as commands from './commands.ts';
import * as store from './store.ts';
import { CREATABLE_KINDS, UNIT_KINDS, UNIT_KIND_LABELS } from './rules.ts';

const unitOut = (u: store.UnitRow & { children?: number; households?: number }) => ({
  id: String(u.id),
  kind: u.kind,
  kindLabel: UNIT_KIND_LABELS[u.kind].vi,
  name: u.name,
  code: u.code,
  parentId: u.parent_id === null ? null : String(u.parent_id),
  depth: u.depth,
  ...(u.children === undefined ? {} : { children: u.children }),
  ...(u.households === undefined || u.kind !== 'village' ? {} : { households: u.households }),
});

const unitSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    kindLabel: { type: 'string' },
    name: { type: 'string' },
    code: { type: ['string', 'null'] },
    parentId: { type: ['string', 'null'] },
    depth: { type: 'integer' },
    children: { type: 'integer' },
    households: { type: 'integer' },
  },
} as const;

const name = { type: 'string', minLength: 1, maxLength: 200 } as const;
const phone = { type: 'string', maxLength: 20, pattern: '^[0-9+ ().-]*$' } as const;

const householdBody = {
  type: 'object',
  required: ['name', 'representative'],
  additionalProperties: false,
  properties: {
    name,
    address: { type: 'string', maxLength: 300 },
    code: { type: 'string', maxLength: 50 },
    representative: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: { name, phone },
    },
  },
} as const;

export async function unitsRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: { kind: (typeof CREATABLE_KINDS)[number]; name: string; code?: string; parentId?: string | number } }>(
    '/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Tạo đơn vị',
        body: {
          type: 'object',
          required: ['kind', 'name'],
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: [...CREATABLE_KINDS] },
            name,
            code: { type: 'string', maxLength: 50 },
            parentId: idInput,
          },
        },
        response: { 201: unitSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const unit = await commands.createUnit(ctxOf(req), {
        kind: b.kind,
        name: b.name,
        code: b.code ?? null,
        parentId: b.parentId === undefined ? null : parseId(b.parentId, 'parentId'),
      });
      reply.status(201);
      return unitOut(unit);
    },
  );

  // The tree is public information (residents pick their commune and village on the public portal).
  app.get<{ Querystring: { parentId?: string; kind?: UnitKind; limit: number; cursor?: string } }>(
    '/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Danh sách đơn vị (theo đơn vị cấp trên, loại)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            parentId: { type: 'string', pattern: '^(root|[1-9][0-9]{0,15})$' },
            kind: { type: 'string', enum: [...UNIT_KINDS] },
            ...listQueryProps,
          },
        },
      },
    },
    async (req) => {
      const q = req.query;
      const parentId = q.parentId === 'root' ? null : q.parentId ? Number(q.parentId) : q.kind ? undefined : commands.ROOT_UNIT_ID;
      const rows = await store.listUnits(ctxOf(req).db, {
        parentId,
        kind: q.kind,
        afterId: decodeCursor(q.cursor),
        limit: q.limit,
      });
      return toPage(rows, q.limit, unitOut);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/units/:id',
    { schema: { tags: ['units'], summary: 'Thông tin đơn vị', params: idParams } },
    async (req) => {
      const db = ctxOf(req).db;
      const unit = await store.getUnit(db, parseId(req.params.id));
      const ancestors = await store.ancestorsOf(db, unit);
      const households = unit.kind === 'village' ? await store.countHouseholds(db, unit.id) : undefined;
      return {
        ...unitOut(unit),
        ancestors: ancestors.map((a) => ({ id: String(a.id), kind: a.kind, name: a.name })),
        ...(households === undefined ? {} : { households }),
      };
    },
  );

  app.post<{ Params: { id: string }; Body: commands.HouseholdInput }>(
    '/units/:id/households',
    {
      schema: {
        tags: ['units'],
        summary: 'Thêm hộ gia đình vào thôn, tổ dân phố',
        params: idParams,
        body: householdBody,
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
      },
    },
    async (req, reply) => {
      const id = await commands.createHousehold(ctxOf(req), parseId(req.params.id), req.body);
      reply.status(201);
      return { id: String(id) };
    },
  );

  app.post<{ Params: { id: string }; Body: { households: commands.HouseholdInput[] } }>(
    '/units/:id/households/bulk',
    {
      // 10,000 households with representatives are about 1–2 MB of JSON: this route alone accepts up to 8 MB.
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['units'],
        summary: 'Thêm nhiều hộ gia đình (tối đa 10.000) trong một lần, tất cả hoặc không',
        params: idParams,
        body: {
          type: 'object',
          required: ['households'],
          additionalProperties: false,
          properties: { households: { type: 'array', minItems: 1, maxItems: commands.MAX_BULK_HOUSEHOLDS, items: householdBody } },
        },
        response: { 201: { type: 'object', properties: { created: { type: 'integer' } } } },
      },
    },
    async (req, reply) => {
      const ids = await commands.bulkCreateHouseholds(ctxOf(req), parseId(req.params.id), req.body.households);
      reply.status(201);
      return { created: ids.length };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { q?: string; limit: number; cursor?: string } }>(
    '/units/:id/households',
    {
      schema: {
        tags: ['units'],
        summary: 'Danh sách hộ gia đình của thôn (cán bộ)',
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', maxLength: 100 }, ...listQueryProps },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const unit = await store.getUnit(ctx.db, parseId(req.params.id));
      commands.assertCanListHouseholds(ctx, unit.path);
      const rows = await store.listHouseholds(ctx.db, unit.id, {
        q: req.query.q?.trim() || undefined,
        afterId: decodeCursor(req.query.cursor),
        limit: req.query.limit,
      });
      const page = toPage(rows, req.query.limit, (r) => ({
        id: String(r.id),
        name: r.name,
        address: r.address,
        code: r.code,
        active: r.active,
        representative: r.rep_name ? { name: r.rep_name, phone: r.rep_phone, since: r.rep_since } : null,
      }));
      return { ...page, total: await store.countHouseholds(ctx.db, unit.id) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/households/:id',
    { schema: { tags: ['units'], summary: 'Hộ gia đình và lịch sử người đại diện', params: idParams } },
    async (req) => {
      const ctx = ctxOf(req);
      const h = await store.getHousehold(ctx.db, parseId(req.params.id));
      const unit = await store.getUnit(ctx.db, h.unit_id);
      const own = ctx.actor?.householdId === h.id;
      if (!own) commands.assertCanListHouseholds(ctx, unit.path);
      const history = await store.representativeHistory(ctx.db, h.id);
      return {
        id: String(h.id),
        unitId: String(h.unit_id),
        unitName: unit.name,
        name: h.name,
        address: h.address,
        code: h.code,
        representatives: history.map((r) => ({ personId: String(r.person_id), name: r.name, fromDate: r.from_date, toDate: r.to_date })),
      };
    },
  );

  app.post<{ Params: { id: string }; Body: { personId?: string; name?: string; phone?: string; fromDate?: string } }>(
    '/households/:id/representative',
    {
      schema: {
        tags: ['units'],
        summary: 'Đổi người đại diện hộ gia đình (lưu lịch sử theo ngày)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { personId: idInput, name, phone, fromDate: legalDate },
        },
      },
    },
    async (req) => {
      const b = req.body;
      const r = await commands.changeRepresentative(ctxOf(req), parseId(req.params.id), {
        personId: b.personId === undefined ? undefined : parseId(b.personId, 'personId'),
        name: b.name,
        phone: b.phone,
        fromDate: b.fromDate,
      });
      return { personId: String(r.personId), fromDate: r.fromDate };
    },
  );

  app.post<{
    Body: { username: string; password: string; name: string; phone?: string; roles: { role: Role; unitId: string | number }[]; householdId?: string | number };
  }>(
    '/users',
    {
      schema: {
        tags: ['units'],
        summary: 'Tạo người dùng với vai trò theo đơn vị',
        body: {
          type: 'object',
          required: ['username', 'password', 'name', 'roles'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 3, maxLength: 64 },
            password: { type: 'string', minLength: 1, maxLength: 200 },
            name,
            phone,
            roles: {
              type: 'array',
              maxItems: 20,
              items: {
                type: 'object',
                required: ['role', 'unitId'],
                additionalProperties: false,
                properties: { role: { type: 'string', enum: [...ROLES] }, unitId: idInput },
              },
            },
            householdId: idInput,
          },
        },
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const id = await commands.createUser(ctxOf(req), {
        username: b.username,
        password: b.password,
        name: b.name,
        phone: b.phone ?? null,
        roles: b.roles.map((r) => ({ role: r.role, unitId: parseId(r.unitId, 'unitId') })),
        householdId: b.householdId === undefined ? null : parseId(b.householdId, 'householdId'),
      });
      reply.status(201);
      return { id: String(id) };
    },
  );
}

