// Schemas of a user's subscriptions and of a unit's posting period.
import { idInput, idParams } from '../../../core/http.ts';
import { ALL_CATEGORIES_MARK, MAX_POSTING_DAYS } from '../rules.ts';
import { CATEGORY_CODES, arrayOf, bool, int, object, page, str, tags } from './common.ts';

export interface SubscribeBody {
  unitId: string | number;
  categories: string[];
}

const subscription = object({ id: str, unitId: str, unitName: str, category: str, categoryName: str });
const settingsResponse = object({ unitId: str, postingDays: int, configured: bool, legalDefault: int });

export const mySubscriptionsSchema = { tags, summary: 'Các danh mục tôi theo dõi', response: { 200: page(subscription) } } as const;

export const subscribeSchema = {
  tags,
  summary: 'Theo dõi các danh mục công khai của một đơn vị (thay thế lựa chọn trước; danh sách rỗng = bỏ theo dõi)',
  body: {
    type: 'object',
    required: ['unitId', 'categories'],
    additionalProperties: false,
    properties: {
      unitId: idInput,
      categories: { type: 'array', maxItems: 40, uniqueItems: true, items: { type: 'string', enum: [ALL_CATEGORIES_MARK, ...CATEGORY_CODES] } },
    },
  },
  response: { 200: object({ unitId: str, categories: arrayOf(str) }) },
} as const;

export const unsubscribeSchema = {
  tags,
  summary: 'Bỏ theo dõi',
  params: idParams,
  response: { 204: { type: 'null', description: 'Đã bỏ theo dõi' } },
} as const;

export const settingsSchema = { tags, summary: 'Thời gian niêm yết của đơn vị', params: idParams, response: { 200: settingsResponse } } as const;

export const setSettingsSchema = {
  tags,
  summary: 'Đặt thời gian niêm yết tối thiểu của đơn vị (null = theo luật); có ghi nhật ký',
  params: idParams,
  body: {
    type: 'object',
    required: ['postingDays'],
    additionalProperties: false,
    properties: { postingDays: { type: ['integer', 'null'], minimum: 1, maximum: MAX_POSTING_DAYS } },
  },
  response: { 200: settingsResponse },
} as const;
