// JSON schemas of the inspections routes: what they accept and what they answer.
import { idInput, idParams, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import { recommendationOfSource } from '../oversight/index.ts';

const TAGS = ['inspections'];
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const str = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const members = { type: 'array', maxItems: 30, items: text(200) } as const;

const findings = {
  type: 'array',
  maxItems: 200,
  items: { type: 'object', required: ['text', 'violation'], additionalProperties: false, properties: { text: text(5000), violation: { type: 'boolean' } } },
} as const;
const recommendations = {
  type: 'array',
  maxItems: 100,
  items: { type: 'object', required: ['to', 'text'], additionalProperties: false, properties: { to: text(300), text: text(5000), dueOn: legalDate } },
} as const;
const resultProps = { heldOn: legalDate, findings, recommendations, conclusion: text(20_000), members } as const;
const created = { 201: { type: 'object', required: ['id'], properties: { id: idSchema } } } as const;

export const recordInspectionSchema = {
  tags: TAGS,
  summary: 'Ghi nhận cuộc kiểm tra của Ban Chỉ đạo tại đơn vị cấp dưới (phát hiện, kiến nghị, kết luận)',
  body: {
    type: 'object',
    required: ['unitId', 'inspectedUnitId', 'heldOn', 'findings'],
    additionalProperties: false,
    properties: { unitId: idInput, inspectedUnitId: idInput, subject: text(500), ...resultProps },
  },
  response: created,
} as const;

export const planInspectionSchema = {
  tags: TAGS,
  summary: 'Lập kế hoạch kiểm tra (ngày dự kiến, thành viên đoàn kiểm tra)',
  body: {
    type: 'object',
    required: ['unitId', 'inspectedUnitId', 'plannedOn', 'members'],
    additionalProperties: false,
    properties: { unitId: idInput, inspectedUnitId: idInput, subject: text(500), plannedOn: legalDate, members: { ...members, minItems: 1 } },
  },
  response: created,
} as const;

export const recordResultSchema = {
  tags: TAGS,
  summary: 'Ghi nhận kết quả cuộc kiểm tra đã lên kế hoạch',
  params: idParams,
  body: { type: 'object', required: ['heldOn', 'findings'], additionalProperties: false, properties: resultProps },
  response: { 200: { type: 'object', required: ['id'], properties: { id: idSchema } } },
} as const;

export const concludeSchema = {
  tags: TAGS,
  summary: 'Kết luận cuộc kiểm tra',
  params: idParams,
  body: { type: 'object', required: ['conclusion'], additionalProperties: false, properties: { conclusion: text(20_000), concludedOn: legalDate } },
  response: { 200: { type: 'object', required: ['id', 'concludedOn'], properties: { id: idSchema, concludedOn: legalDate } } },
} as const;

const inspectionProps = {
  id: idSchema,
  unitId: idSchema,
  unitName: str,
  inspectedUnitId: idSchema,
  inspectedUnitName: str,
  subject: str,
  status: { type: 'string', enum: ['planned', 'held', 'concluded'] },
  statusLabel: str,
  plannedOn: nullableDate,
  heldOn: nullableDate,
  members: { type: 'array', items: str },
  hasViolation: { type: 'boolean' },
  conclusion: nullableString,
  concludedOn: nullableDate,
} as const;
const inspectionFields = Object.keys(inspectionProps) as (keyof typeof inspectionProps)[];

export const listInspectionsSchema = {
  tags: TAGS,
  summary: 'Các cuộc kiểm tra của Ban Chỉ đạo (theo đơn vị của Ban) hoặc tại một đơn vị (theo đơn vị được kiểm tra)',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { unitId: idSchema, inspectedUnitId: idSchema, year: { type: 'integer', minimum: 2000, maximum: 2100 }, ...listQueryProps },
  },
  response: {
    200: {
      type: 'object',
      required: ['items', 'nextCursor', 'can'],
      properties: {
        items: { type: 'array', items: { type: 'object', required: inspectionFields, properties: inspectionProps } },
        nextCursor: nullableString,
        can: { type: 'object', required: ['record'], properties: { record: { type: 'boolean' } } },
      },
    },
  },
} as const;

export const getInspectionSchema = {
  tags: TAGS,
  summary: 'Chi tiết cuộc kiểm tra: phát hiện, kiến nghị và việc trả lời (quá hạn)',
  params: idParams,
  response: {
    200: {
      type: 'object',
      required: [...inspectionFields, 'findings', 'recommendations', 'can'],
      properties: {
        ...inspectionProps,
        findings: {
          type: 'array',
          items: { type: 'object', required: ['seq', 'text', 'violation'], properties: { seq: { type: 'integer' }, text: str, violation: { type: 'boolean' } } },
        },
        recommendations: { type: 'array', items: recommendationOfSource },
        can: {
          type: 'object',
          required: ['recordResult', 'conclude'],
          properties: { recordResult: { type: 'boolean' }, conclude: { type: 'boolean' } },
        },
      },
    },
  },
} as const;
