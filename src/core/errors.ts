// The one converter: every refusal (core/refusal.ts), validation failure and database refusal of bad input becomes
// the error shape of the public API, { error: { code, message } } with a Vietnamese message. Anything thrown that is
// not recognised below is a bug and answers 500.
import type { FastifyError, FastifyInstance } from 'fastify';
import { RefusalError, badRequest, conflict, type Refusal } from './refusal.ts';
import { RESPONSE_MISMATCH } from './response-check.ts';

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const errorBody = (code: string, message: string, details?: Record<string, unknown>): ErrorBody => ({
  error: details ? { code, message, details } : { code, message },
});

/** The answer to a refusal: its field, when it names one, travels in `details`. */
function refusalBody(r: Refusal): ErrorBody {
  const details = r.field === undefined ? r.details : { ...r.details, field: r.field };
  return errorBody(r.code, r.message, details);
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'đúng/sai (boolean)',
  array: 'danh sách',
  object: 'đối tượng',
  null: 'rỗng',
};

function fieldName(e: AjvError, part: string): string {
  const p = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return p || (part === 'body' ? 'nội dung yêu cầu' : part);
}

/** Turns an ajv validation error into one Vietnamese sentence. */
function validationMessageVi(errors: AjvError[], part: string): string {
  const e = errors[0];
  if (!e) return 'Dữ liệu không hợp lệ.';
  const f = fieldName(e, part);
  switch (e.keyword) {
    case 'required':
      return `Thiếu trường bắt buộc "${String(e.params.missingProperty)}"${e.instancePath ? ` trong "${f}"` : ''}.`;
    case 'additionalProperties':
      return `Trường "${String(e.params.additionalProperty)}" không được chấp nhận${e.instancePath ? ` trong "${f}"` : ''}.`;
    case 'type': {
      const t = String(e.params.type)
        .split(',')
        .map((x) => TYPE_VI[x] ?? x)
        .join(' hoặc ');
      return `Trường "${f}" phải là ${t}.`;
    }
    case 'minLength':
      return Number(e.params.limit) <= 1 ? `Trường "${f}" không được để trống.` : `Trường "${f}" phải có ít nhất ${e.params.limit} ký tự.`;
    case 'maxLength':
      return `Trường "${f}" dài quá ${e.params.limit} ký tự.`;
    case 'minimum':
      return `Trường "${f}" phải lớn hơn hoặc bằng ${e.params.limit}.`;
    case 'maximum':
      return `Trường "${f}" phải nhỏ hơn hoặc bằng ${e.params.limit}.`;
    case 'exclusiveMinimum':
      return `Trường "${f}" phải lớn hơn ${e.params.limit}.`;
    case 'minItems':
      return `Trường "${f}" phải có ít nhất ${e.params.limit} phần tử.`;
    case 'maxItems':
      return `Trường "${f}" có nhiều hơn ${e.params.limit} phần tử.`;
    case 'enum':
      return `Giá trị của "${f}" không hợp lệ; chấp nhận: ${(e.params.allowedValues as unknown[]).join(', ')}.`;
    case 'const':
      return `Giá trị của "${f}" không hợp lệ.`;
    case 'format':
      return `Trường "${f}" không đúng định dạng ${formatVi(String(e.params.format))}.`;
    case 'pattern':
      return `Trường "${f}" không đúng định dạng.`;
    case 'uniqueItems':
      return `Trường "${f}" có phần tử trùng lặp.`;
    default:
      return `Trường "${f}" không hợp lệ.`;
  }
}

function formatVi(format: string): string {
  switch (format) {
    case 'date':
      return 'ngày (YYYY-MM-DD)';
    case 'date-time':
      return 'thời điểm (ISO 8601)';
    case 'email':
      return 'thư điện tử';
    default:
      return format;
  }
}

/** Maps PostgreSQL error codes that bad input can reach to 4xx answers. */
function fromPostgres(err: { code?: string }): RefusalError | null {
  switch (err.code) {
    case '23505':
      return conflict('DUPLICATE', 'Dữ liệu đã tồn tại (trùng lặp).');
    case '23503':
      return badRequest('REFERENCE_NOT_FOUND', 'Dữ liệu tham chiếu không tồn tại.');
    case '23514':
    case '23502':
      return badRequest('CONSTRAINT_VIOLATION', 'Dữ liệu không thỏa mãn ràng buộc.');
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22001':
    case '22021':
      return badRequest('INVALID_VALUE', 'Giá trị không hợp lệ.');
    case '40001':
    case '40P01':
      return conflict('CONCURRENT_UPDATE', 'Dữ liệu vừa được thay đổi bởi thao tác khác, vui lòng thử lại.');
    default:
      return null;
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { code?: string }, req, reply) => {
    if (err instanceof RefusalError) {
      return reply.status(err.status).send(refusalBody(err.refusal));
    }
    if (err.validation) {
      const part = err.validationContext ?? 'body';
      return reply
        .status(400)
        .send(errorBody('VALIDATION_ERROR', validationMessageVi(err.validation as unknown as AjvError[], part)));
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(400).send(errorBody('INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ.'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send(errorBody('EMPTY_BODY', 'Nội dung yêu cầu đang trống.'));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá lớn (tối đa 1 MB).'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return reply
          .status(415)
          .send(errorBody('UNSUPPORTED_MEDIA_TYPE', 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.'));
      case 'FST_ERR_BAD_URL':
      case 'FST_ERR_ASYNC_CONSTRAINT':
        return reply.status(400).send(errorBody('BAD_URL', 'Địa chỉ yêu cầu không hợp lệ.'));
    }
    if (err.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', 'Bạn thao tác quá nhiều lần, vui lòng thử lại sau ít phút.'));
    }
    const pgErr = fromPostgres(err);
    if (pgErr) {
      req.log.warn({ pgCode: err.code }, 'database refused input');
      return reply.status(pgErr.status).send(errorBody(pgErr.code, pgErr.message));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(errorBody('BAD_REQUEST', 'Yêu cầu không hợp lệ.'));
    }
    if (err.code === RESPONSE_MISMATCH) return reply.status(500).send(errorBody('RESPONSE_MISMATCH', err.message));
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL_ERROR', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.'));
  });
}

export const notFoundRouteBody = (): ErrorBody => errorBody('NOT_FOUND', 'Không tìm thấy địa chỉ yêu cầu.');
