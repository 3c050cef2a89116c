// JSON schemas of the consultations routes: bodies, queries, parameters, and a response schema for every success
// status (`required` lists every field always present). The web's types are generated from them.
import { idInput, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import {
  CONSULTATION_KINDS,
  ENTERED_SOURCES,
  MAX_DRAFT,
  MAX_ENTERED,
  MAX_OPINION,
  MAX_RESPONSE,
  MAX_TITLE,
  OPINION_SOURCES,
  RESPONSE_KINDS,
  STANCES,
} from './rules.ts';
import { EXPORT_TYPES } from './export.ts';

export const TAG = ['consultations'];
const STATUSES = ['open', 'closed', 'published', 'finished'] as const;
const KEY_PATTERN = '^[a-z0-9][a-z0-9-]{0,199}$';
const groupKey = { type: 'string', pattern: KEY_PATTERN } as const;

export const keyParams = {
  type: 'object',
  required: ['id', 'key'],
  additionalProperties: false,
  properties: { id: idSchema, key: groupKey },
} as const;
const opinionIdList = { type: 'array', minItems: 1, maxItems: 100_000, items: idSchema } as const;
const groupLabel = { type: 'string', minLength: 1, maxLength: 200 } as const;

// ---- responses ----------------------------------------------------------------------------------------------

const shareSchema = { type: 'object', required: ['count', 'percent'], properties: { count: { type: 'integer' }, percent: { type: ['number', 'null'] } } } as const;
const sharesOf = <K extends string>(keys: readonly K[]) =>
  ({ type: 'object', required: [...keys], properties: Object.fromEntries(keys.map((k) => [k, shareSchema])) as Record<K, typeof shareSchema> }) as const;
const tallySchema = {
  type: 'object',
  required: ['total', 'byStance', 'bySource'],
  properties: { total: { type: 'integer' }, byStance: sharesOf(STANCES), bySource: sharesOf(OPINION_SOURCES) },
} as const;

const consultationProps = {
  id: { type: 'string' },
  unitId: { type: 'string' },
  unitName: { type: 'string' },
  villageIds: { type: 'array', items: { type: 'string' } },
  kind: { type: 'string', enum: [...CONSULTATION_KINDS] },
  kindLabel: { type: 'string' },
  title: { type: 'string' },
  opensOn: { type: 'string', format: 'date' },
  closesOn: { type: 'string', format: 'date' },
  closedOn: { type: ['string', 'null'], format: 'date' },
  minDays: { type: 'integer' },
  status: { type: 'string', enum: [...STATUSES] },
  statusLabel: { type: 'string' },
  createdAt: { type: 'string', format: 'date-time' },
} as const;
const consultationRequired = Object.keys(consultationProps);
const consultationSchema = { type: 'object', required: consultationRequired, properties: consultationProps } as const;

const attachmentSchema = {
  type: 'object',
  required: ['id', 'filename', 'mime', 'size', 'sha256', 'url'],
  properties: { id: { type: 'string' }, filename: { type: 'string' }, mime: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' }, url: { type: 'string' } },
} as const;

/** What the user may do with the consultation now (the permission of the action and the state of the consultation). */
const CAN = ['manage', 'enterOpinions', 'giveOpinion', 'close', 'synthesise', 'correct', 'respond', 'publish', 'finish'] as const;
const canSchema = {
  type: 'object',
  description:
    'manage: the official in charge; close, synthesise, correct, respond, publish: allowed now; finish: the state allows it (still refused while a group has no response).',
  required: [...CAN],
  properties: Object.fromEntries(CAN.map((k) => [k, { type: 'boolean' }])) as Record<(typeof CAN)[number], { type: 'boolean' }>,
} as const;

const detailSchema = {
  type: 'object',
  required: [...consultationRequired, 'draft', 'villages', 'attachments', 'acceptsOpinions', 'tally', 'synthesised', 'can'],
  properties: {
    ...consultationProps,
    draft: { type: 'string' },
    villages: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } } },
    attachments: { type: 'array', items: attachmentSchema },
    acceptsOpinions: { type: 'boolean' },
    tally: { anyOf: [{ type: 'null' }, tallySchema] },
    synthesised: { type: 'boolean' },
    can: canSchema,
  },
} as const;

const responseSchema = {
  type: 'object',
  required: ['kind', 'kindLabel', 'text', 'respondedAt'],
  properties: { kind: { type: 'string', enum: [...RESPONSE_KINDS] }, kindLabel: { type: 'string' }, text: { type: 'string' }, respondedAt: { type: ['string', 'null'] } },
} as const;

const groupSchema = {
  type: 'object',
  required: ['key', 'label', 'labelSource', 'kind', 'topTerms', 'size', 'percent', 'stances', 'response'],
  properties: {
    key: { type: 'string' },
    label: { type: 'string' },
    labelSource: { type: 'string', enum: ['auto', 'official'] },
    kind: { type: 'string', enum: ['theme', 'other'] },
    topTerms: { type: 'array', items: { type: 'string' } },
    size: { type: 'integer' },
    percent: { type: ['number', 'null'] },
    stances: {
      type: 'object',
      required: [...STANCES],
      properties: { agree: { type: 'integer' }, disagree: { type: 'integer' }, other: { type: 'integer' } },
    },
    response: { anyOf: [{ type: 'null' }, responseSchema] },
  },
} as const;

const opinionSchema = {
  type: 'object',
  required: ['id', 'source', 'sourceLabel', 'sourceNote', 'stance', 'stanceLabel', 'body', 'authorName', 'villageId', 'groupKey', 'mine', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    source: { type: 'string', enum: [...OPINION_SOURCES] },
    sourceLabel: { type: 'string' },
    sourceNote: { type: ['string', 'null'] },
    stance: { type: 'string', enum: [...STANCES] },
    stanceLabel: { type: 'string' },
    body: { type: 'string' },
    authorName: { type: ['string', 'null'] },
    villageId: { type: ['string', 'null'] },
    groupKey: { type: ['string', 'null'] },
    mine: { type: 'boolean' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

const pageOf = <S extends object>(item: S) =>
  ({ type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: item }, nextCursor: { type: ['string', 'null'] } } }) as const;

/** The answer of an action: the consultation and its status after it ('ok' after a correction or a response). */
export const actionResponse = {
  200: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string' } } },
} as const;

// ---- routes -------------------------------------------------------------------------------------------------

export const openSchema = {
  body: {
    type: 'object',
    required: ['unitId', 'kind', 'title', 'draft', 'closesOn'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      villageIds: { type: 'array', maxItems: 200, items: idInput },
      kind: { type: 'string', enum: [...CONSULTATION_KINDS] },
      title: { type: 'string', minLength: 1, maxLength: MAX_TITLE },
      draft: { type: 'string', minLength: 1, maxLength: MAX_DRAFT },
      attachmentIds: { type: 'array', maxItems: 20, items: idSchema },
      opensOn: legalDate,
      closesOn: legalDate,
    },
  },
  response: { 201: consultationSchema },
} as const;

export const listSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { unitId: idSchema, status: { type: 'string', enum: [...STATUSES] }, q: { type: 'string', maxLength: 200 }, ...listQueryProps },
  },
  response: { 200: pageOf(consultationSchema) },
} as const;

export const detailResponse = { 200: detailSchema } as const;

export const myOpinionResponse = {
  200: {
    type: 'object',
    required: ['opinion', 'group', 'published'],
    properties: { opinion: { anyOf: [{ type: 'null' }, opinionSchema] }, group: { anyOf: [{ type: 'null' }, groupSchema] }, published: { type: 'boolean' } },
  },
} as const;

export const putMyOpinionSchema = {
  body: {
    type: 'object',
    required: ['stance', 'body'],
    additionalProperties: false,
    properties: { stance: { type: 'string', enum: [...STANCES] }, body: { type: 'string', minLength: 1, maxLength: MAX_OPINION } },
  },
  response: { 200: opinionSchema, 201: opinionSchema },
} as const;

export const enterOpinionsSchema = {
  body: {
    type: 'object',
    required: ['source', 'opinions'],
    additionalProperties: false,
    properties: {
      source: { type: 'string', enum: [...ENTERED_SOURCES] },
      sourceNote: { type: 'string', maxLength: 300 },
      opinions: {
        type: 'array',
        minItems: 1,
        maxItems: MAX_ENTERED,
        items: {
          type: 'object',
          required: ['stance', 'body'],
          additionalProperties: false,
          properties: {
            stance: { type: 'string', enum: [...STANCES] },
            body: { type: 'string', minLength: 1, maxLength: MAX_OPINION },
            authorName: { type: 'string', maxLength: 200 },
            villageId: idInput,
          },
        },
      },
    },
  },
  response: { 201: { type: 'object', required: ['created', 'ids'], properties: { created: { type: 'integer' }, ids: { type: 'array', items: { type: 'string' } } } } },
} as const;

export const opinionsSchema = {
  querystring: { type: 'object', additionalProperties: false, properties: { group: groupKey, ...listQueryProps } },
  response: { 200: pageOf(opinionSchema) },
} as const;

export const synthesisResponse = {
  200: {
    type: 'object',
    required: ['status', 'tally', 'groups'],
    properties: { status: { type: 'string', enum: [...STATUSES] }, tally: tallySchema, groups: { type: 'array', items: groupSchema } },
  },
} as const;

export const mergeBody = {
  type: 'object',
  required: ['keys'],
  additionalProperties: false,
  properties: { keys: { type: 'array', minItems: 2, maxItems: 100, items: groupKey }, label: groupLabel },
} as const;
export const splitBody = { type: 'object', required: ['opinionIds'], additionalProperties: false, properties: { opinionIds: opinionIdList, label: groupLabel } } as const;
export const renameBody = { type: 'object', required: ['label'], additionalProperties: false, properties: { label: groupLabel } } as const;
export const moveBody = { type: 'object', required: ['opinionIds'], additionalProperties: false, properties: { opinionIds: opinionIdList } } as const;
export const responseBody = {
  type: 'object',
  required: ['kind', 'text'],
  additionalProperties: false,
  properties: { kind: { type: 'string', enum: [...RESPONSE_KINDS] }, text: { type: 'string', minLength: 1, maxLength: MAX_RESPONSE } },
} as const;

export const exportSchema = {
  querystring: { type: 'object', required: ['format'], additionalProperties: false, properties: { format: { type: 'string', enum: ['docx', 'xlsx'] } } },
  response: {
    200: {
      description: 'Báo cáo (DOCX) hoặc bảng tính (XLSX)',
      content: Object.fromEntries(Object.values(EXPORT_TYPES).map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
    },
  },
} as const;
