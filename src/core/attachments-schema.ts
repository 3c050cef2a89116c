// JSON schemas of the attachment routes (POST /attachments, GET /attachments/:id).
import { idParams, idSchema } from './http.ts';
import { UPLOAD_CONTENT_TYPES } from './attachments.ts';

/** An attachment as the API shows it (core/attachments.ts `attachmentOut`). */
export const attachmentSchema = {
  type: 'object',
  required: ['id', 'filename', 'mime', 'size', 'sha256', 'url'],
  properties: {
    id: { type: 'string' },
    filename: { type: 'string' },
    mime: { type: 'string' },
    /** Bytes. */
    size: { type: 'integer' },
    sha256: { type: 'string' },
    /** Where to download it. */
    url: { type: 'string' },
  },
} as const;

export const uploadSchema = {
  tags: ['attachments'],
  summary: 'Tải lên tệp đính kèm (ảnh, PDF, DOCX, XLSX; tối đa 10 MB) — nội dung thô, tên tệp ở ?filename=',
  querystring: {
    type: 'object',
    required: ['filename'],
    additionalProperties: false,
    properties: { filename: { type: 'string', minLength: 1, maxLength: 255 }, unitId: idSchema },
  },
  response: { 201: attachmentSchema },
} as const;

/** The answer is the file itself (no JSON). */
export const downloadSchema = {
  tags: ['attachments'],
  summary: 'Tải xuống tệp đính kèm',
  params: idParams,
  response: {
    200: {
      description: 'Nội dung tệp (ảnh, PDF, DOCX, XLSX)',
      content: Object.fromEntries(UPLOAD_CONTENT_TYPES.slice(1).map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
    },
    304: { description: 'Không đổi (ETag)', type: 'null' },
  },
} as const;
