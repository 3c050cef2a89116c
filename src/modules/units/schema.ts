// JSON schemas of the units routes: units, households and their representatives, accounts. Every success status has
// its response schema (the web's types are generated from them); `required` lists every field always present.
import { ID_PATTERN, idInput, idParams, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import { ROLES } from '../../core/permissions.ts';
import type { Role, UnitKind } from '../../core/schema.ts';
import { CREATABLE_KINDS, MAX_BULK_HOUSEHOLDS, UNIT_KINDS } from './rules.ts';

const name = { type: 'string', minLength: 1, maxLength: 200 } as const;
const phone = { type: 'string', maxLength: 20, pattern: '^[0-9+ ().-]*$' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const kind = { type: 'string', enum: [...UNIT_KINDS] } as const;

const page = <T extends object>(item: T) =>
  ({
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: item }, nextCursor: nullableString },
  }) as const;

// ---- units ---------------------------------------------------------------------------------------------------

const unitProps = {
  id: idSchema,
  kind,
  kindLabel: { type: 'string' },
  name: { type: 'string' },
  code: nullableString,
  parentId: nullableString,
  depth: { type: 'integer' },
} as const;
const unitRequired = ['id', 'kind', 'kindLabel', 'name', 'code', 'parentId', 'depth'] as const;

/** A unit as created. */
const unitResponse = { type: 'object', required: [...unitRequired], properties: unitProps } as const;

/** A unit of a list: its number of children, and of active households when it is a village. */
const unitListItem = {
  type: 'object',
  required: [...unitRequired, 'children'],
  properties: { ...unitProps, children: { type: 'integer' }, households: { type: 'integer' } },
} as const;

/** A unit with its ancestors (root first), its households when a village, and what the user may do there. */
const unitDetail = {
  type: 'object',
  required: [...unitRequired, 'ancestors', 'can'],
  properties: {
    ...unitProps,
    households: { type: 'integer' },
    ancestors: {
      type: 'array',
      items: { type: 'object', required: ['id', 'kind', 'name'], properties: { id: idSchema, kind, name: { type: 'string' } } },
    },
    can: {
      type: 'object',
      required: ['addHouseholds', 'listHouseholds'],
      properties: { addHouseholds: { type: 'boolean' }, listHouseholds: { type: 'boolean' } },
    },
  },
} as const;

export interface UnitBody {
  kind: (typeof CREATABLE_KINDS)[number];
  name: string;
  code?: string;
  parentId?: string | number;
}

export const createUnitSchema = {
  tags: ['units'],
  summary: 'Tạo đơn vị',
  body: {
    type: 'object',
    required: ['kind', 'name'],
    additionalProperties: false,
    properties: { kind: { type: 'string', enum: [...CREATABLE_KINDS] }, name, code: { type: 'string', maxLength: 50 }, parentId: idInput },
  },
  response: { 201: unitResponse },
} as const;

/** A unit's id, or 'root' for the roots of the tree. */
const parentIdQuery = { type: 'string', pattern: `^(root|${ID_PATTERN.slice(1, -1)})$` } as const;

export interface UnitListQuery {
  parentId?: string;
  kind?: UnitKind;
  limit: number;
  cursor?: string;
}

export const listUnitsSchema = {
  tags: ['units'],
  summary: 'Danh sách đơn vị (theo đơn vị cấp trên, loại)',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { parentId: parentIdQuery, kind, ...listQueryProps },
  },
  response: { 200: page(unitListItem) },
} as const;

export const unitSchema = { tags: ['units'], summary: 'Thông tin đơn vị', params: idParams, response: { 200: unitDetail } } as const;

// ---- households ----------------------------------------------------------------------------------------------

export interface HouseholdBody {
  name: string;
  address?: string;
  code?: string;
  representative: { name: string; phone?: string };
}

const householdBody = {
  type: 'object',
  required: ['name', 'representative'],
  additionalProperties: false,
  properties: {
    name,
    address: { type: 'string', maxLength: 300 },
    code: { type: 'string', maxLength: 50 },
    representative: { type: 'object', required: ['name'], additionalProperties: false, properties: { name, phone } },
  },
} as const;

const created = { type: 'object', required: ['id'], properties: { id: idSchema } } as const;

export const createHouseholdSchema = {
  tags: ['units'],
  summary: 'Thêm hộ gia đình vào thôn, tổ dân phố',
  params: idParams,
  body: householdBody,
  response: { 201: created },
} as const;

export const bulkHouseholdsSchema = {
  tags: ['units'],
  summary: 'Thêm nhiều hộ gia đình (tối đa 10.000) trong một lần, tất cả hoặc không',
  params: idParams,
  body: {
    type: 'object',
    required: ['households'],
    additionalProperties: false,
    properties: { households: { type: 'array', minItems: 1, maxItems: MAX_BULK_HOUSEHOLDS, items: householdBody } },
  },
  response: { 201: { type: 'object', required: ['created'], properties: { created: { type: 'integer' } } } },
} as const;

export interface HouseholdListQuery {
  q?: string;
  limit: number;
  cursor?: string;
}

const householdItem = {
  type: 'object',
  required: ['id', 'name', 'address', 'code', 'active', 'representative'],
  properties: {
    id: idSchema,
    name: { type: 'string' },
    address: nullableString,
    code: nullableString,
    active: { type: 'boolean' },
    representative: {
      type: ['object', 'null'],
      required: ['name', 'phone', 'since'],
      properties: { name: { type: 'string' }, phone: nullableString, since: { type: ['string', 'null'], format: 'date' } },
    },
  },
} as const;

export const listHouseholdsSchema = {
  tags: ['units'],
  summary: 'Danh sách hộ gia đình của thôn (cán bộ)',
  params: idParams,
  querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 100 }, ...listQueryProps } },
  response: {
    200: {
      type: 'object',
      required: ['items', 'nextCursor', 'total'],
      properties: { ...page(householdItem).properties, total: { type: 'integer' } },
    },
  },
} as const;

const householdDetail = {
  type: 'object',
  required: ['id', 'unitId', 'unitName', 'name', 'address', 'code', 'representatives'],
  properties: {
    id: idSchema,
    unitId: idSchema,
    unitName: { type: 'string' },
    name: { type: 'string' },
    address: nullableString,
    code: nullableString,
    representatives: {
      type: 'array',
      items: {
        type: 'object',
        required: ['personId', 'name', 'fromDate', 'toDate'],
        properties: { personId: idSchema, name: { type: 'string' }, fromDate: legalDate, toDate: { type: ['string', 'null'], format: 'date' } },
      },
    },
  },
} as const;

export const householdSchema = {
  tags: ['units'],
  summary: 'Hộ gia đình và lịch sử người đại diện',
  params: idParams,
  response: { 200: householdDetail },
} as const;

export interface RepresentativeBody {
  personId?: string | number;
  name?: string;
  phone?: string;
  fromDate?: string;
}

export const representativeSchema = {
  tags: ['units'],
  summary: 'Đổi người đại diện hộ gia đình (lưu lịch sử theo ngày)',
  params: idParams,
  body: { type: 'object', additionalProperties: false, properties: { personId: idInput, name, phone, fromDate: legalDate } },
  response: { 200: { type: 'object', required: ['personId', 'fromDate'], properties: { personId: idSchema, fromDate: legalDate } } },
} as const;

// ---- accounts ------------------------------------------------------------------------------------------------

export interface UserBody {
  username: string;
  password: string;
  name: string;
  phone?: string;
  roles: { role: Role; unitId: string | number }[];
  householdId?: string | number;
}

export const createUserSchema = {
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
  response: { 201: created },
} as const;
