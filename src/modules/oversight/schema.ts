// JSON schemas of the oversight routes: what they accept and what they answer.
import { idInput, idParams, idSchema, legalDate, listQueryProps } from '../../core/http.ts';
import { BOARD_KINDS } from './rules.ts';

const TAGS = ['oversight'];
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const board = { type: 'string', enum: [...BOARD_KINDS] } as const;
const str = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const state = { type: 'string', enum: ['open', 'overdue', 'answered_on_time', 'answered_late'] } as const;
const source = { type: 'string', enum: ['oversight_activity', 'steering_inspection'] } as const;

/** What the user may do at the unit: record an activity of its boards, answer their recommendations. */
const canAtUnit = {
  type: 'object',
  required: ['record', 'answer'],
  properties: { record: { type: 'boolean' }, answer: { type: 'boolean' } },
} as const;
/** Whether the user may answer this recommendation (not yet answered, and theirs to answer). */
const canAnswer = { type: 'object', required: ['answer'], properties: { answer: { type: 'boolean' } } } as const;

/** A recommendation in the detail of its source (a board's activity, a steering inspection): `recommendationsOf`. */
export const recommendationOfSource = {
  type: 'object',
  required: ['id', 'to', 'text', 'sentOn', 'dueOn', 'answer', 'answeredOn', 'state', 'can'],
  properties: {
    id: idSchema,
    to: str,
    text: str,
    sentOn: legalDate,
    dueOn: legalDate,
    answer: nullableString,
    answeredOn: nullableDate,
    state,
    can: canAnswer,
  },
} as const;

const page = <T extends object>(item: T) =>
  ({
    type: 'object',
    required: ['items', 'nextCursor', 'can'],
    properties: { items: { type: 'array', items: item }, nextCursor: nullableString, can: canAtUnit },
  }) as const;

// ---- activities ----------------------------------------------------------------------------------------------

export const recordActivitySchema = {
  tags: TAGS,
  summary: 'Ghi nhận cuộc kiểm tra, giám sát của Ban TTND / Ban GSĐTCĐ',
  body: {
    type: 'object',
    required: ['unitId', 'board', 'subject', 'heldOn', 'findings'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      board,
      subject: text(500),
      heldOn: legalDate,
      findings: {
        type: 'array',
        maxItems: 200,
        items: {
          type: 'object',
          required: ['text', 'violation'],
          additionalProperties: false,
          properties: { text: text(5000), violation: { type: 'boolean' } },
        },
      },
      recommendations: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          required: ['to', 'text'],
          additionalProperties: false,
          properties: { to: text(300), text: text(5000), dueOn: legalDate },
        },
      },
    },
  },
  response: {
    201: {
      type: 'object',
      required: ['id', 'recommendations'],
      properties: {
        id: idSchema,
        recommendations: { type: 'array', items: { type: 'object', required: ['dueOn'], properties: { dueOn: legalDate } } },
      },
    },
  },
} as const;

const activityProps = {
  id: idSchema,
  unitId: idSchema,
  unitName: str,
  board,
  boardLabel: str,
  subject: str,
  heldOn: legalDate,
  hasViolation: { type: 'boolean' },
} as const;
const activityFields = Object.keys(activityProps) as (keyof typeof activityProps)[];

export const listActivitiesSchema = {
  tags: TAGS,
  summary: 'Danh sách cuộc giám sát của đơn vị và các đơn vị trực thuộc',
  querystring: {
    type: 'object',
    required: ['unitId'],
    additionalProperties: false,
    properties: { unitId: idSchema, board, ...listQueryProps },
  },
  response: {
    200: page({
      type: 'object',
      required: [...activityFields, 'recommendations'],
      properties: { ...activityProps, recommendations: { type: 'integer' } },
    } as const),
  },
} as const;

export const getActivitySchema = {
  tags: TAGS,
  summary: 'Chi tiết cuộc giám sát',
  params: idParams,
  response: {
    200: {
      type: 'object',
      required: [...activityFields, 'findings', 'recommendations', 'can'],
      properties: {
        ...activityProps,
        findings: {
          type: 'array',
          items: {
            type: 'object',
            required: ['seq', 'text', 'violation'],
            properties: { seq: { type: 'integer' }, text: str, violation: { type: 'boolean' } },
          },
        },
        recommendations: { type: 'array', items: recommendationOfSource },
        can: canAtUnit,
      },
    },
  },
} as const;

// ---- recommendations -----------------------------------------------------------------------------------------

const recommendation = {
  type: 'object',
  required: ['id', 'activityId', 'source', 'sourceId', 'unitId', 'unitName', 'board', 'subject', 'to', 'text', 'sentOn', 'dueOn', 'answer', 'answeredOn', 'state', 'can'],
  properties: {
    id: idSchema,
    /** The board's activity; null for a steering committee's inspection (see `source`, `sourceId`). */
    activityId: { type: ['string', 'null'], pattern: idSchema.pattern },
    source,
    sourceId: idSchema,
    unitId: idSchema,
    unitName: str,
    board: { type: ['string', 'null'], enum: [...BOARD_KINDS, null] },
    subject: str,
    to: str,
    text: str,
    sentOn: legalDate,
    dueOn: legalDate,
    answer: nullableString,
    answeredOn: nullableDate,
    state,
    can: canAnswer,
  },
} as const;

export const listRecommendationsSchema = {
  tags: TAGS,
  summary: 'Kiến nghị của Ban TTND / Ban GSĐTCĐ và của đoàn kiểm tra Ban Chỉ đạo, việc trả lời (lọc nguồn, chưa trả lời, quá hạn)',
  querystring: {
    type: 'object',
    required: ['unitId'],
    additionalProperties: false,
    properties: { unitId: idSchema, source, open: { type: 'boolean' }, overdue: { type: 'boolean' }, ...listQueryProps },
  },
  response: { 200: page(recommendation) },
} as const;

export const answerRecommendationSchema = {
  tags: TAGS,
  summary: 'Cơ quan có thẩm quyền trả lời kiến nghị (trong 15 ngày)',
  params: idParams,
  body: {
    type: 'object',
    required: ['answer'],
    additionalProperties: false,
    properties: { answer: text(20_000), answeredOn: legalDate },
  },
  response: {
    200: {
      type: 'object',
      required: ['id', 'answeredOn', 'onTime'],
      properties: { id: idSchema, answeredOn: legalDate, onTime: { type: 'boolean' } },
    },
  },
} as const;

// ---- boards --------------------------------------------------------------------------------------------------

export const createBoardSchema = {
  tags: TAGS,
  summary: 'Ghi nhận Ban TTND / Ban GSĐTCĐ (nhiệm kỳ, thành viên)',
  body: {
    type: 'object',
    required: ['unitId', 'board', 'termStart', 'members'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      board,
      termStart: legalDate,
      termEnd: legalDate,
      members: {
        type: 'array',
        minItems: 1,
        maxItems: 50,
        items: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text(200), role: text(100) } },
      },
    },
  },
  response: { 201: { type: 'object', required: ['id'], properties: { id: idSchema } } },
} as const;

export const listBoardsSchema = {
  tags: TAGS,
  summary: 'Các ban giám sát của đơn vị',
  querystring: { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema } },
  response: {
    200: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'board', 'boardLabel', 'termStart', 'termEnd', 'members'],
            properties: {
              id: idSchema,
              board,
              boardLabel: str,
              termStart: legalDate,
              termEnd: nullableDate,
              members: {
                type: 'array',
                items: { type: 'object', required: ['name'], properties: { name: str, role: str } },
              },
            },
          },
        },
      },
    },
  },
} as const;
