// Schemas of what everyone may read: the law's lists, the portal's list, one disclosure.
import { idParams, idSchema, listQueryProps } from '../../../core/http.ts';
import { MEDIUM_CODES, type DisclosureUnitKind } from '../categories.ts';
import {
  CATEGORY_CODES,
  FREQUENCIES,
  UNIT_KINDS,
  arrayOf,
  attachment,
  bool,
  date,
  dateOrNull,
  dateTime,
  dateTimeOrNull,
  int,
  mediumRef,
  object,
  page,
  str,
  strOrNull,
  tags,
} from './common.ts';

export type ReferenceQuery = { kind?: DisclosureUnitKind };

export interface ListQuery {
  unitId?: string;
  category?: string;
  q?: string;
  posted?: 'current';
  limit: number;
  cursor?: string;
}

const referenceResponse = object({
  categories: arrayOf(
    object({
      code: { type: 'string', enum: CATEGORY_CODES },
      kind: { type: 'string', enum: UNIT_KINDS },
      name: str,
      nameEn: str,
      legalBasis: str,
      mandatory: bool,
      frequency: { type: 'string', enum: FREQUENCIES },
      loudspeaker: bool,
    }),
  ),
  channels: arrayOf(object({ code: { type: 'string', enum: MEDIUM_CODES }, name: str, nameEn: str, kinds: arrayOf({ type: 'string', enum: UNIT_KINDS }), legalBasis: str })),
  postingDays: object({ commune: int, agency: int, enterprise: int }),
});

const listItem = object({
  id: str,
  unitId: str,
  unitName: str,
  category: str,
  categoryName: str,
  version: int,
  title: str,
  excerpt: str,
  publishedAt: dateTime,
  publishedOn: date,
  postedUntil: dateOrNull,
  attachments: int,
  answeredQuestions: int,
});

const posting = object({
  id: str,
  version: int,
  channel: mediumRef,
  place: str,
  postedAt: dateTime,
  postedOn: date,
  postedUntil: dateOrNull,
  postedBy: str,
  photo: { ...attachment, type: ['object', 'null'] },
  note: strOrNull,
});

const version = object({
  version: int,
  title: str,
  body: str,
  channels: arrayOf(mediumRef),
  attachments: arrayOf(attachment),
  reason: strOrNull,
  publishedAt: dateTime,
  publishedBy: strOrNull,
  postedFrom: date,
  postedUntil: dateOrNull,
});

/** A public question: never who asked. */
const publicQuestion = object({ id: str, question: str, askedAt: dateTime, answer: strOrNull, answeredAt: dateTimeOrNull, answeredBy: strOrNull });

const detailResponse = object({
  id: str,
  unitId: str,
  unitName: str,
  unitKind: str,
  category: str,
  categoryName: str,
  legalBasis: strOrNull,
  version: int,
  title: str,
  body: str,
  channels: arrayOf(mediumRef),
  decidedOn: dateOrNull,
  dueOn: dateOrNull,
  onTime: bool,
  publishedAt: dateTime,
  publishedOn: date,
  updatedAt: dateTime,
  postingDays: { type: ['integer', 'null'] },
  postedFrom: date,
  postedUntil: dateOrNull,
  permanent: bool,
  postedNow: bool,
  attachments: arrayOf(attachment),
  postings: arrayOf(posting),
  versions: arrayOf(version),
  questions: arrayOf(publicQuestion),
  /** What the current user may do with it (all false for everyone not signed in). */
  can: object({ answer: bool, recordPosting: bool, revise: bool }),
});

export const referenceSchema = {
  tags,
  summary: 'Danh mục nội dung phải công khai và hình thức công khai (theo loại đơn vị)',
  querystring: { type: 'object', additionalProperties: false, properties: { kind: { type: 'string', enum: UNIT_KINDS } } },
  response: { 200: referenceResponse },
} as const;

export const listSchema = {
  tags,
  summary: 'Danh sách thông tin công khai (không cần đăng nhập); q tìm không phân biệt dấu, hoa thường',
  description:
    'Trang của một thôn, tổ dân phố hiển thị cả thông tin của thôn và của xã, phường; trang của xã, phường hiển thị thông tin của xã và mọi thôn, tổ dân phố trực thuộc. Thông tin của cơ quan, doanh nghiệp chỉ công khai trong nội bộ (cần đăng nhập).',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      unitId: idSchema,
      category: { type: 'string', enum: CATEGORY_CODES },
      q: { type: 'string', maxLength: 200 },
      posted: { type: 'string', enum: ['current'] },
      ...listQueryProps,
    },
  },
  response: { 200: page(listItem) },
} as const;

export const detailSchema = {
  tags,
  summary: 'Chi tiết thông tin công khai, lịch sử phiên bản, niêm yết, hỏi đáp (không cần đăng nhập)',
  params: idParams,
  response: { 200: detailResponse },
} as const;
