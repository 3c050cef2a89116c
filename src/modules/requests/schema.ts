// JSON schemas of the requests routes: what they accept and what they answer.
import { idInput, idParams, idSchema, legalDate } from '../../core/http.ts';
import { RECIPIENT_KINDS, RECIPIENT_STATUS_LABELS, REQUEST_KINDS } from './rules.ts';

const TAGS = ['steering'];
const kind = { type: 'string', enum: [...REQUEST_KINDS] } as const;
const status = { type: 'string', enum: Object.keys(RECIPIENT_STATUS_LABELS) } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const nullableId = { type: ['string', 'null'], pattern: idSchema.pattern } as const;
const period = { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: legalDate, to: legalDate } } as const;
const nullablePeriod = { type: ['object', 'null'], required: ['from', 'to'], properties: { from: legalDate, to: legalDate } } as const;
const count = { type: 'integer', minimum: 0 } as const;

/** The request's own fields, in every answer that shows a request. */
const requestFields = {
  id: idSchema,
  unitId: idSchema,
  kind,
  kindLabel: { type: 'string' },
  title: { type: 'string' },
  number: nullableString,
  issuedOn: legalDate,
  period: nullablePeriod,
  dueOn: nullableDate,
} as const;
const requestRequired = ['id', 'unitId', 'kind', 'kindLabel', 'title', 'number', 'issuedOn', 'period', 'dueOn'] as const;

export const issueRequestSchema = {
  tags: TAGS,
  summary: 'Ban Chỉ đạo ban hành văn bản hướng dẫn, yêu cầu tự kiểm tra / báo cáo gửi các đơn vị trực thuộc',
  body: {
    type: 'object',
    required: ['unitId', 'title', 'issuedOn', 'kind', 'recipients'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      title: { type: 'string', minLength: 1, maxLength: 1000 },
      number: { type: 'string', maxLength: 100 },
      issuedOn: legalDate,
      kind,
      period,
      dueOn: legalDate,
      recipients: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kinds: { type: 'array', maxItems: 10, items: { type: 'string', enum: [...RECIPIENT_KINDS] } },
          unitIds: { type: 'array', maxItems: 20_000, items: idInput },
        },
      },
    },
  },
  response: { 201: { type: 'object', required: ['id', 'recipients'], properties: { id: idSchema, recipients: count } } },
} as const;

export const submitSchema = {
  tags: TAGS,
  summary: 'Đơn vị gửi báo cáo (kèm số liệu chỉ tiêu của kỳ báo cáo)',
  params: idParams,
  body: {
    type: 'object',
    required: ['unitId'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      narrative: { type: 'string', maxLength: 100_000 },
      attachments: { type: 'array', maxItems: 20, items: idSchema },
    },
  },
  response: { 201: { type: 'object', required: ['id', 'onTime'], properties: { id: idSchema, onTime: { type: 'boolean' } } } },
} as const;

export const submissionParams = {
  type: 'object',
  required: ['id', 'sid'],
  additionalProperties: false,
  properties: { id: idSchema, sid: idSchema },
} as const;

export const returnSchema = {
  tags: TAGS,
  summary: 'Ban Chỉ đạo trả lại báo cáo để đơn vị hoàn thiện (nêu lý do)',
  params: submissionParams,
  body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', maxLength: 5000 } } },
  response: { 200: { type: 'object', required: ['id', 'status'], properties: { id: idSchema, status: { type: 'string', enum: ['returned'] } } } },
} as const;

export const remindSchema = {
  tags: TAGS,
  summary: 'Đôn đốc các đơn vị chưa gửi báo cáo (qua thông báo)',
  params: idParams,
  body: { type: 'object', additionalProperties: false, properties: { unitIds: { type: 'array', maxItems: 20_000, items: idInput } } },
  response: { 200: { type: 'object', required: ['units', 'notified'], properties: { units: count, notified: count } } },
} as const;

const row = {
  type: 'object',
  required: ['unitId', 'name', 'kind', 'status', 'statusLabel', 'submittedOn', 'lastSubmittedOn', 'submissionId', 'returnReason', 'reminders'],
  properties: {
    unitId: idSchema,
    name: { type: 'string' },
    kind: { type: 'string' },
    status,
    statusLabel: { type: 'string' },
    submittedOn: nullableDate,
    lastSubmittedOn: nullableDate,
    submissionId: nullableId,
    returnReason: nullableString,
    reminders: count,
  },
} as const;

export const getRequestSchema = {
  tags: TAGS,
  summary: 'Văn bản và tình hình gửi báo cáo của từng đơn vị (đúng hạn / chậm / chưa gửi)',
  params: idParams,
  querystring: { type: 'object', additionalProperties: false, properties: { status } },
  response: {
    200: {
      type: 'object',
      required: [...requestRequired, 'unitName', 'recipients', 'expected', 'submitted', 'onTime', 'late', 'notYetDue', 'returned', 'missing', 'rows', 'can'],
      properties: {
        ...requestFields,
        unitName: { type: 'string' },
        recipients: count,
        expected: count,
        submitted: count,
        onTime: count,
        late: count,
        notYetDue: count,
        returned: count,
        missing: { type: 'array', items: { type: 'object', required: ['unitId', 'name'], properties: { unitId: idSchema, name: { type: 'string' } } } },
        rows: { type: 'array', items: row },
        can: { type: 'object', required: ['remind', 'return'], properties: { remind: { type: 'boolean' }, return: { type: 'boolean' } } },
      },
    },
  },
} as const;

const unitQuery = { type: 'object', required: ['unitId'], additionalProperties: false, properties: { unitId: idSchema } } as const;

export const listIssuedSchema = {
  tags: TAGS,
  summary: 'Văn bản do Ban Chỉ đạo của đơn vị ban hành',
  querystring: unitQuery,
  response: {
    200: {
      type: 'object',
      required: ['items', 'can'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: [...requestRequired, 'recipients', 'expected', 'submitted', 'onTime', 'late', 'missing'],
            properties: { ...requestFields, recipients: count, expected: count, submitted: count, onTime: count, late: count, missing: count },
          },
        },
        can: { type: 'object', required: ['issue'], properties: { issue: { type: 'boolean' } } },
      },
    },
  },
} as const;

export const listAskedSchema = {
  tags: TAGS,
  summary: 'Việc cấp trên yêu cầu đơn vị (văn bản gửi đến và tình trạng báo cáo của đơn vị)',
  querystring: unitQuery,
  response: {
    200: {
      type: 'object',
      required: ['unitId', 'unitName', 'items'],
      properties: {
        unitId: idSchema,
        unitName: { type: 'string' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: [...requestRequired, 'issuerName', 'status', 'statusLabel', 'submittedOn', 'lastSubmittedOn', 'submissionId', 'returnReason', 'can'],
            properties: {
              ...requestFields,
              issuerName: { type: 'string' },
              status,
              statusLabel: { type: 'string' },
              submittedOn: nullableDate,
              lastSubmittedOn: nullableDate,
              submissionId: nullableId,
              returnReason: nullableString,
              can: { type: 'object', required: ['submit'], properties: { submit: { type: 'boolean' } } },
            },
          },
        },
      },
    },
  },
} as const;

/** The indicators attached to a submission (or that will be): labelled rows and the figures themselves. */
const snapshot = {
  type: ['object', 'null'],
  required: ['from', 'to', 'rows', 'indicators'],
  properties: {
    from: legalDate,
    to: legalDate,
    rows: { type: 'array', items: { type: 'object', required: ['label', 'value'], properties: { label: { type: 'string' }, value: { type: 'string' } } } },
    indicators: { type: 'object' },
  },
} as const;

export const getSubmissionSchema = {
  tags: TAGS,
  summary: 'Báo cáo của đơn vị (nội dung, tệp đính kèm, số liệu chỉ tiêu)',
  params: submissionParams,
  response: {
    200: {
      type: 'object',
      required: ['id', 'requestId', 'unitId', 'unitName', 'narrative', 'attachments', 'indicators', 'submittedOn', 'returnedOn', 'returnReason', 'can'],
      properties: {
        id: idSchema,
        requestId: idSchema,
        unitId: idSchema,
        unitName: { type: 'string' },
        narrative: { type: 'string' },
        attachments: { type: 'array', items: idSchema },
        indicators: snapshot,
        submittedOn: legalDate,
        returnedOn: nullableDate,
        returnReason: nullableString,
        can: { type: 'object', required: ['return'], properties: { return: { type: 'boolean' } } },
      },
    },
  },
} as const;

export const previewSchema = {
  tags: TAGS,
  summary: 'Số liệu chỉ tiêu sẽ gửi kèm báo cáo của đơn vị',
  params: idParams,
  querystring: unitQuery,
  response: { 200: { type: 'object', required: ['period', 'snapshot'], properties: { period: nullablePeriod, snapshot } } },
} as const;
