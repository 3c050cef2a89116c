// JSON schemas of the audit log routes (GET /audit, GET /audit/verify).
import { idSchema, listQueryProps } from './http.ts';

const auditEntry = {
  type: 'object',
  required: ['id', 'at', 'actor', 'action', 'targetType', 'targetId', 'unitId', 'ip', 'data', 'hash'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    /** The username of who acted; null for the system. */
    actor: { type: ['string', 'null'] },
    action: { type: 'string' },
    targetType: { type: 'string' },
    targetId: { type: 'string' },
    unitId: { type: ['string', 'null'] },
    ip: { type: ['string', 'null'] },
    /** What changed, as the use case recorded it. */
    data: { type: 'object', additionalProperties: true },
    hash: { type: 'string' },
  },
} as const;

export const auditListSchema = {
  tags: ['audit'],
  summary: 'Nhật ký thay đổi',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      unitId: idSchema,
      targetType: { type: 'string', maxLength: 50 },
      targetId: { type: 'string', maxLength: 50 },
      ...listQueryProps,
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['items', 'nextCursor'],
      properties: { items: { type: 'array', items: auditEntry }, nextCursor: { type: ['string', 'null'] } },
    },
  },
} as const;

/** One chain's verdict (core/audit.ts `ChainVerification`). */
const chainVerification = {
  type: 'object',
  required: ['chain', 'entries', 'ok', 'brokenAt'],
  properties: {
    chain: { type: 'string' },
    entries: { type: 'integer' },
    ok: { type: 'boolean' },
    /** The first entry whose hash or link does not match (id 0: the chain's entries are all gone). */
    brokenAt: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['id', 'chainSeq', 'reason'],
          properties: { id: { type: 'integer' }, chainSeq: { type: 'integer' }, reason: { type: 'string' } },
        },
      ],
    },
  },
} as const;

export const auditVerifySchema = {
  tags: ['audit'],
  summary: 'Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm)',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { chain: { type: 'string', minLength: 3, maxLength: 100 } },
  },
  response: {
    200: {
      oneOf: [
        // ?chain=…: that chain's verdict.
        {
          type: 'object',
          required: [...chainVerification.required, 'message'],
          properties: { ...chainVerification.properties, message: { type: 'string' } },
        },
        // Every chain: how many there are and the broken ones.
        {
          type: 'object',
          required: ['chains', 'ok', 'broken', 'message'],
          properties: {
            chains: { type: 'integer' },
            ok: { type: 'boolean' },
            broken: { type: 'array', items: chainVerification },
            message: { type: 'string' },
          },
        },
      ],
    },
  },
} as const;
