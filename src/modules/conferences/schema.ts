// JSON schemas of the conferences routes: what they accept and what they answer.
import { idInput, idParams, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import { REVIEW_KINDS } from './meetings.ts';
import { CONFERENCE_KINDS } from './rules.ts';

const TAGS = ['conferences'];
const count = { type: 'integer', minimum: 0, maximum: 10_000_000 } as const;
const kind = { type: 'string', enum: [...CONFERENCE_KINDS] } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableCount = { type: ['integer', 'null'] } as const;
const reviewKind = { type: 'string', enum: [...REVIEW_KINDS] } as const;
const nullableDate = { ...legalDate, type: ['string', 'null'] } as const;
const nextTaskOut = {
  type: 'object',
  required: ['id', 'title', 'dueOn', 'ownerName'],
  properties: { id: idSchema, title: { type: 'string' }, dueOn: nullableDate, ownerName: nullableString },
} as const;

const recordBody = {
  type: 'object',
  required: ['unitId', 'kind', 'heldOn'],
  additionalProperties: false,
  properties: {
    unitId: idInput,
    kind,
    heldOn: legalDate,
    title: { type: 'string', maxLength: 300 },
    onRequest: { type: 'boolean' },
    participants: {
      anyOf: [
        count,
        {
          type: 'object',
          required: ['present'],
          additionalProperties: false,
          properties: { total: count, present: count },
        },
      ],
    },
    opinionsRaised: count,
    opinionsResolved: count,
    minutes: { type: 'string', maxLength: 100_000 },
    followUps: { type: 'string', maxLength: 20_000 },
    attachmentIds: { type: 'array', maxItems: 50, items: idSchema },
    resolutions: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['text', 'agree'],
        additionalProperties: false,
        properties: { text: { type: 'string', minLength: 1, maxLength: 5000 }, agree: count },
      },
    },
    // the steering committee's meetings and training (meetings.ts)
    reviewKind,
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
    audience: { type: 'string', maxLength: 1000 },
    participantNames: { type: 'array', maxItems: 5000, items: { type: 'string', maxLength: 200 } },
    nextTasks: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: { title: { type: 'string', minLength: 1, maxLength: 2000 }, dueOn: legalDate, ownerName: { type: 'string', maxLength: 300 } },
      },
    },
  },
} as const;

const recorded = {
  type: 'object',
  required: ['id', 'valid', 'nextStep', 'counted', 'resolutions', 'nextTasks'],
  properties: {
    id: idSchema,
    valid: { type: ['boolean', 'null'] },
    nextStep: { type: ['string', 'null'], enum: ['hold_conference', 'convene_again', 'written_poll', null] },
    counted: { type: 'boolean' },
    resolutions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'agree', 'passed', 'threshold'],
        properties: { text: { type: 'string' }, agree: { type: 'integer' }, passed: { type: 'boolean' }, threshold: { type: 'integer' } },
      },
    },
    nextTasks: { type: 'array', items: nextTaskOut },
  },
} as const;

const conferenceProps = {
  id: idSchema,
  unitId: idSchema,
  unitName: { type: 'string' },
  kind,
  kindLabel: { type: 'string' },
  title: nullableString,
  heldOn: legalDate,
  onRequest: { type: 'boolean' },
  participants: {
    type: 'object',
    required: ['total', 'present'],
    properties: { total: nullableCount, present: nullableCount },
  },
  valid: { type: ['boolean', 'null'] },
  opinionsRaised: { type: 'integer' },
  opinionsResolved: { type: 'integer' },
  minutes: nullableString,
  followUps: nullableString,
  attachmentIds: { type: 'array', items: idSchema },
  reviewKind: { type: ['string', 'null'], enum: [...REVIEW_KINDS, null] },
  reviewKindLabel: nullableString,
  quarter: nullableCount,
  audience: nullableString,
  participantNames: { type: 'array', items: { type: 'string' } },
} as const;
const conferenceFields = Object.keys(conferenceProps) as (keyof typeof conferenceProps)[];

const conference = { type: 'object', required: conferenceFields, properties: conferenceProps } as const;

const conferenceDetail = {
  type: 'object',
  required: [...conferenceFields, 'resolutions', 'nextTasks'],
  properties: {
    ...conferenceProps,
    resolutions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['seq', 'text', 'agree', 'passed'],
        properties: { seq: { type: 'integer' }, text: { type: 'string' }, agree: { type: 'integer' }, passed: { type: 'boolean' } },
      },
    },
    nextTasks: {
      type: 'array',
      items: { ...nextTaskOut, required: [...nextTaskOut.required, 'seq'], properties: { ...nextTaskOut.properties, seq: { type: 'integer' } } },
    },
  },
} as const;

export const recordConferenceSchema = {
  tags: TAGS,
  summary: 'Ghi nhận hội nghị cán bộ, hội nghị người lao động, đối thoại, hội nghị thôn; hội nghị sơ kết, tổng kết, giao ban, tập huấn của Ban Chỉ đạo',
  body: recordBody,
  response: { 201: recorded },
} as const;

export const listConferencesSchema = {
  tags: TAGS,
  summary: 'Danh sách hội nghị, đối thoại của đơn vị và các đơn vị trực thuộc',
  querystring: {
    type: 'object',
    required: ['unitId'],
    additionalProperties: false,
    properties: { unitId: idSchema, kind, from: legalDate, to: legalDate, ...listQueryProps },
  },
  response: {
    200: {
      type: 'object',
      required: ['items', 'nextCursor'],
      properties: { items: { type: 'array', items: conference }, nextCursor: nullableString },
    },
  },
} as const;

export const getConferenceSchema = {
  tags: TAGS,
  summary: 'Chi tiết hội nghị, đối thoại',
  params: idParams,
  response: { 200: conferenceDetail },
} as const;
