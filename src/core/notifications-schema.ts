// JSON schemas of the user's notifications (GET /notifications, POST /notifications/:id/read, /notifications/read-all).
import { idParams, listQueryProps } from './http.ts';

const TAGS = ['notifications'];

const notification = {
  type: 'object',
  required: ['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt'],
  properties: {
    id: { type: 'string' },
    /** What happened, e.g. 'disclosure.published'. */
    kind: { type: 'string' },
    title: { type: 'string' },
    body: { type: ['string', 'null'] },
    /** A path of the web app to open. */
    link: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    readAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

export const notificationsListSchema = {
  tags: TAGS,
  summary: 'Thông báo của tôi',
  querystring: { type: 'object', additionalProperties: false, properties: { unread: { type: 'boolean' }, ...listQueryProps } },
  response: {
    200: {
      type: 'object',
      required: ['items', 'nextCursor', 'unread'],
      properties: {
        items: { type: 'array', items: notification },
        nextCursor: { type: ['string', 'null'] },
        /** Unread notifications in all (not only on this page). */
        unread: { type: 'integer' },
      },
    },
  },
} as const;

export const markReadSchema = {
  tags: TAGS,
  summary: 'Đánh dấu đã đọc',
  params: idParams,
  response: { 200: { type: 'object', required: ['id', 'read'], properties: { id: { type: 'string' }, read: { type: 'boolean' } } } },
} as const;

export const markAllReadSchema = {
  tags: TAGS,
  summary: 'Đánh dấu tất cả đã đọc',
  response: { 200: { type: 'object', required: ['updated'], properties: { updated: { type: 'integer' } } } },
} as const;
