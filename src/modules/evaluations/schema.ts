// JSON schemas of the evaluations routes: what they accept and what they answer. The level is checked against the
// configured list by the rules (422 with the list), not by an enum here: the list is configuration, not API.
import { idInput, idSchema, legalDate, listQueryProps } from '../../core/http.ts';

const TAGS = ['evaluations'];
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const str = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const subject = { type: 'string', enum: ['unit', 'committee'] } as const;
const year = { type: 'integer', minimum: 2000, maximum: 2100 } as const;

export const evaluateSchema = {
  tags: TAGS,
  summary: 'Đánh giá, xếp loại đơn vị (hoặc Ban Chỉ đạo) cấp dưới trong năm; thay thế đánh giá cũ phải ghi lý do',
  body: {
    type: 'object',
    required: ['unitId', 'evaluatedUnitId', 'year', 'level'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      evaluatedUnitId: idInput,
      subject,
      year,
      level: { type: 'string', minLength: 1, maxLength: 40 },
      criteria: {
        type: 'array',
        maxItems: 50,
        items: {
          anyOf: [
            text(1000),
            { type: 'object', required: ['text', 'met'], additionalProperties: false, properties: { text: text(1000), met: { type: 'boolean' } } },
          ],
        },
      },
      evaluatedOn: legalDate,
      replaces: idInput,
      reason: text(5000),
    },
  },
  response: {
    201: { type: 'object', required: ['id', 'replaced'], properties: { id: idSchema, replaced: { type: ['string', 'null'], pattern: idSchema.pattern } } },
  },
} as const;

const evaluation = {
  type: 'object',
  required: [
    'id',
    'unitId',
    'unitName',
    'evaluatedUnitId',
    'evaluatedUnitName',
    'subject',
    'subjectLabel',
    'year',
    'level',
    'levelLabel',
    'criteria',
    'criteriaMet',
    'evaluatedOn',
    'evaluatedBy',
    'replaced',
    'replacesId',
    'replaceReason',
  ],
  properties: {
    id: idSchema,
    unitId: idSchema,
    unitName: str,
    evaluatedUnitId: idSchema,
    evaluatedUnitName: str,
    subject,
    subjectLabel: str,
    year: { type: 'integer' },
    level: str,
    levelLabel: str,
    criteria: { type: 'array', items: { type: 'object', required: ['text', 'met'], properties: { text: str, met: { type: 'boolean' } } } },
    criteriaMet: { type: 'integer' },
    evaluatedOn: legalDate,
    evaluatedBy: nullableString,
    replaced: { type: 'boolean' },
    replacesId: { type: ['string', 'null'], pattern: idSchema.pattern },
    replaceReason: nullableString,
  },
} as const;

export const listEvaluationsSchema = {
  tags: TAGS,
  summary: 'Kết quả đánh giá, xếp loại trong năm của các đơn vị cấp dưới (số lượng theo mức)',
  querystring: {
    type: 'object',
    required: ['unitId', 'year'],
    additionalProperties: false,
    properties: { unitId: idSchema, year, includeReplaced: { type: 'boolean' }, ...listQueryProps },
  },
  response: {
    200: {
      type: 'object',
      required: ['items', 'nextCursor', 'year', 'levels', 'can'],
      properties: {
        items: { type: 'array', items: evaluation },
        nextCursor: nullableString,
        year: { type: 'integer' },
        levels: {
          type: 'array',
          items: { type: 'object', required: ['key', 'label', 'count'], properties: { key: str, label: str, count: { type: 'integer' } } },
        },
        can: { type: 'object', required: ['evaluate'], properties: { evaluate: { type: 'boolean' } } },
      },
    },
  },
} as const;
