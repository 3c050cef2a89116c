// Schemas of disclosing: publishing, correcting, postings, questions and answers, the officials' queue, compliance.
import { idInput, idParams, idSchema, legalDate, listQueryProps } from '../../../core/http.ts';
import { MEDIUM_CODES } from '../categories.ts';
import { MAX_BODY_CHARS, MAX_POSTING_DAYS } from '../rules.ts';
import { CATEGORY_CODES, FREQUENCIES, arrayOf, bool, date, dateOrNull, dateTime, dateTimeOrNull, idOut, int, object, page, str, strOrNull, tags } from './common.ts';

export interface PostingBody {
  channel: string;
  place: string;
  postedOn?: string;
  days?: number;
  photoAttachmentId?: string | number;
  note?: string;
  placeUnitId?: string | number;
}

export interface PublishBody {
  unitId: string | number;
  category: string;
  title: string;
  body: string;
  channels: string[];
  postingDays?: number;
  decidedOn?: string;
  attachmentIds?: (string | number)[];
  postings?: PostingBody[];
}

export interface ReviseBody {
  reason: string;
  title?: string;
  body?: string;
  channels?: string[];
  attachmentIds?: (string | number)[];
  postingDays?: number;
}

export interface QuestionQueueQuery {
  unitId: string;
  status?: 'open' | 'answered';
  limit: number;
  cursor?: string;
}

export interface ComplianceQuery {
  unitId: string;
  from: string;
  to: string;
}

const postingBody = {
  type: 'object',
  required: ['channel', 'place'],
  additionalProperties: false,
  properties: {
    channel: { type: 'string', enum: MEDIUM_CODES },
    place: { type: 'string', minLength: 1, maxLength: 300 },
    postedOn: legalDate,
    days: { type: 'integer', minimum: 1, maximum: MAX_POSTING_DAYS },
    photoAttachmentId: idInput,
    note: { type: 'string', maxLength: 1000 },
    placeUnitId: idInput,
  },
} as const;

/** What publishing or correcting answers. */
const publishResponse = object({
  id: str,
  version: int,
  publishedAt: dateTime,
  publishedOn: date,
  postedUntil: dateOrNull,
  dueOn: dateOrNull,
  onTime: bool,
  channels: arrayOf(str),
  warnings: arrayOf(str),
});

export const publishSchema = {
  tags,
  summary: 'Công khai thông tin (đăng, niêm yết)',
  body: {
    type: 'object',
    required: ['unitId', 'category', 'title', 'body', 'channels'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      category: { type: 'string', enum: CATEGORY_CODES },
      title: { type: 'string', minLength: 1, maxLength: 300 },
      body: { type: 'string', maxLength: MAX_BODY_CHARS },
      channels: { type: 'array', minItems: 1, maxItems: MEDIUM_CODES.length, uniqueItems: true, items: { type: 'string', enum: MEDIUM_CODES } },
      postingDays: { type: 'integer', minimum: 1, maximum: MAX_POSTING_DAYS },
      decidedOn: legalDate,
      attachmentIds: { type: 'array', maxItems: 20, items: idInput },
      postings: { type: 'array', maxItems: 50, items: postingBody },
    },
  },
  response: { 201: publishResponse },
} as const;

export const reviseSchema = {
  tags,
  summary: 'Đính chính: đăng phiên bản mới (phiên bản cũ vẫn được lưu và hiển thị)',
  params: idParams,
  body: {
    type: 'object',
    required: ['reason'],
    additionalProperties: false,
    properties: {
      reason: { type: 'string', minLength: 1, maxLength: 1000 },
      title: { type: 'string', minLength: 1, maxLength: 300 },
      body: { type: 'string', maxLength: MAX_BODY_CHARS },
      channels: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: MEDIUM_CODES } },
      attachmentIds: { type: 'array', maxItems: 20, items: idInput },
      postingDays: { type: 'integer', minimum: 1, maximum: MAX_POSTING_DAYS },
    },
  },
  response: { 201: publishResponse },
} as const;

export const postingSchema = {
  tags,
  summary: 'Ghi nhận niêm yết / phát thanh / thông báo (người thực hiện, nơi, thời điểm, ảnh)',
  params: idParams,
  body: postingBody,
  response: { 201: idOut },
} as const;

export const askSchema = {
  tags,
  summary: 'Người dân đặt câu hỏi về thông tin công khai',
  params: idParams,
  body: { type: 'object', required: ['question'], additionalProperties: false, properties: { question: { type: 'string', minLength: 1, maxLength: 2000 } } },
  response: { 201: idOut },
} as const;

export const answerSchema = {
  tags,
  summary: 'Cán bộ trả lời câu hỏi (câu trả lời được công khai)',
  params: { type: 'object', required: ['id', 'questionId'], additionalProperties: false, properties: { id: idSchema, questionId: idSchema } },
  body: { type: 'object', required: ['answer'], additionalProperties: false, properties: { answer: { type: 'string', minLength: 1, maxLength: 5000 } } },
  response: { 200: object({ id: str, answered: bool }) },
} as const;

/** A question in the officials' queue: with the asker's name (never shown on the public page). */
const queueItem = object({
  id: str,
  disclosureId: str,
  disclosureTitle: str,
  unitId: str,
  question: str,
  askerName: str,
  askedAt: dateTime,
  answer: strOrNull,
  answeredAt: dateTimeOrNull,
  answeredBy: strOrNull,
});

export const questionQueueSchema = {
  tags,
  summary: 'Câu hỏi của người dân về thông tin công khai (cán bộ)',
  querystring: {
    type: 'object',
    required: ['unitId'],
    additionalProperties: false,
    properties: { unitId: idSchema, status: { type: 'string', enum: ['open', 'answered'], default: 'open' }, ...listQueryProps },
  },
  response: { 200: page(queueItem) },
} as const;

const complianceResponse = object({
  unitId: str,
  unitName: str,
  label: str,
  period: object({ from: date, to: date }),
  items: arrayOf(
    object({
      category: str,
      vi: str,
      legalBasis: str,
      frequency: { type: 'string', enum: FREQUENCIES },
      status: { type: 'string', enum: ['on_time', 'late', 'missing', 'not_due'] },
      disclosed: int,
      late: int,
    }),
  ),
  required: int,
  onTime: int,
  late: int,
  missing: int,
  disclosed: int,
  share: { type: ['number', 'null'] },
  onTimeShare: { type: ['number', 'null'] },
});

export const complianceSchema = {
  tags,
  summary: 'Tình hình công khai theo đơn vị và kỳ: nội dung bắt buộc đã công khai đúng hạn, trễ hạn, chưa công khai',
  querystring: {
    type: 'object',
    required: ['unitId', 'from', 'to'],
    additionalProperties: false,
    properties: { unitId: idSchema, from: legalDate, to: legalDate },
  },
  response: { 200: complianceResponse },
} as const;
