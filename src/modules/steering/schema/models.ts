// JSON schemas of the steering routes: what they accept and what they answer.
import { idInput, idParams, idSchema, legalDate } from '../../../core/http.ts';
import { MODEL_FIELDS, MODEL_RATINGS } from '../rules.ts';

const TAGS = ['steering'];
const field = { type: 'string', enum: [...MODEL_FIELDS] } as const;
const rating = { type: 'string', enum: [...MODEL_RATINGS] } as const;
const status = { type: 'string', enum: ['registered', 'evaluated', 'commended'] } as const;
const nullableString = { type: ['string', 'null'] } as const;

export const registerModelSchema = {
  tags: TAGS,
  summary: 'Đăng ký mô hình "Dân vận khéo"',
  body: {
    type: 'object',
    required: ['unitId', 'name', 'field', 'startedOn'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      name: { type: 'string', minLength: 1, maxLength: 300 },
      field,
      description: { type: 'string', maxLength: 20_000 },
      startedOn: legalDate,
    },
  },
  response: { 201: { type: 'object', required: ['id'], properties: { id: idSchema } } },
} as const;

export const evaluateModelSchema = {
  tags: TAGS,
  summary: 'Ban Chỉ đạo đánh giá, khen thưởng mô hình "Dân vận khéo"',
  params: idParams,
  body: {
    type: 'object',
    required: ['rating', 'evaluation'],
    additionalProperties: false,
    properties: {
      rating,
      evaluation: { type: 'string', minLength: 1, maxLength: 20_000 },
      evaluatedOn: legalDate,
      commended: { type: 'boolean' },
    },
  },
  response: { 200: { type: 'object', required: ['id', 'status'], properties: { id: idSchema, status } } },
} as const;

const model = {
  type: 'object',
  required: ['id', 'unitId', 'unitName', 'name', 'field', 'fieldLabel', 'description', 'startedOn', 'status', 'rating', 'ratingLabel', 'evaluation', 'evaluatedOn'],
  properties: {
    id: idSchema,
    unitId: idSchema,
    unitName: { type: 'string' },
    name: { type: 'string' },
    field,
    fieldLabel: { type: 'string' },
    description: { type: 'string' },
    startedOn: legalDate,
    status,
    rating: { type: ['string', 'null'], enum: [...MODEL_RATINGS, null] },
    ratingLabel: nullableString,
    evaluation: nullableString,
    evaluatedOn: { type: ['string', 'null'], format: 'date' },
  },
} as const;

export const listModelsSchema = {
  tags: TAGS,
  summary: 'Mô hình "Dân vận khéo" của đơn vị và các đơn vị trực thuộc',
  querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema } },
  response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: model } } } },
} as const;
