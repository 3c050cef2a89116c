// Attachments shared by every module (disclosure documents, posting photos, evidence…): uploaded as a raw body,
// checked against a whitelist of types (by declared type, file name and the file's first bytes), stored in the
// database with their SHA-256, served with Content-Disposition and caching headers.
// An attachment is private (its uploader and officials of its unit) until a public record references it.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Ctx } from './context.ts';
import { audit } from './audit.ts';
import { inTransaction } from './context.ts';
import { badRequest, notFound, unprocessable, refusedWith } from './refusal.ts';
import { requireActor, requirePermission } from './permissions.ts';
import { directory } from './directory.ts';
import { tablesOf, type Db } from './db.ts';
import type { CoreTables } from './schema.ts';

/** The database seen through core's tables. */
const own = (db: Db) => tablesOf<CoreTables>(db);

/** Largest attachment accepted: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface AllowedType {
  mime: string;
  extensions: readonly string[];
  magic: (b: Uint8Array) => boolean;
}

const startsWith = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ZIP = (b: Uint8Array) => startsWith(b, 0x50, 0x4b, 0x03, 0x04);

/** The whitelist: images, PDF, DOCX, XLSX. */
const ALLOWED_TYPES: readonly AllowedType[] = [
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  { mime: 'image/png', extensions: ['png'], magic: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { mime: 'image/webp', extensions: ['webp'], magic: (b) => startsWith(b, 0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP' },
  { mime: 'application/pdf', extensions: ['pdf'], magic: (b) => startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2d) },
  { mime: DOCX, extensions: ['docx'], magic: ZIP },
  { mime: XLSX, extensions: ['xlsx'], magic: ZIP },
];
/** Content types the upload route accepts; application/octet-stream is typed from the file name. */
export const UPLOAD_CONTENT_TYPES = ['application/octet-stream', ...ALLOWED_TYPES.map((t) => t.mime)];

const extOf = (filename: string) => (/\.([a-z0-9]{1,10})$/i.exec(filename)?.[1] ?? '').toLowerCase();

/** Decides the stored type of an upload, or throws a 415 with a Vietnamese message. Pure. */
export function detectType(declared: string, filename: string, content: Uint8Array): string {
  const ext = extOf(filename);
  const byExt = ALLOWED_TYPES.find((t) => t.extensions.includes(ext));
  const byDeclared = ALLOWED_TYPES.find((t) => t.mime === declared);
  const type = byDeclared ?? (declared === 'application/octet-stream' ? byExt : undefined);
  const allowed = 'ảnh JPEG/PNG/WebP, PDF, DOCX, XLSX';
  if (!type) throw refusedWith(415, 'UNSUPPORTED_FILE_TYPE', `Loại tệp không được chấp nhận; chỉ nhận ${allowed}.`);
  if (byExt && byExt.mime !== type.mime) {
    throw refusedWith(415, 'FILE_TYPE_MISMATCH', `Phần mở rộng của tên tệp (.${ext}) không khớp với loại tệp đã khai báo.`);
  }
  if (!type.magic(content)) {
    throw refusedWith(415, 'FILE_TYPE_MISMATCH', `Nội dung tệp không đúng định dạng đã khai báo (${allowed}).`);
  }
  return type.mime;
}

/** A file name safe to store and show: no path, no control characters, at most 255 characters. */
export function cleanFilename(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 255);
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(filename: string, inline: boolean): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export interface AttachmentMeta {
  id: number;
  unitId: number | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  visibility: 'private' | 'public';
  uploadedBy: number | null;
}

export interface NewAttachment {
  unitId: number | null;
  filename: string;
  declaredType: string;
  content: Uint8Array;
}

export async function storeAttachment(ctx: Ctx, input: NewAttachment): Promise<AttachmentMeta> {
  const actor = requireActor(ctx.actor);
  const filename = cleanFilename(input.filename);
  if (!filename) throw badRequest('VALIDATION_ERROR', 'Cần tên tệp (tham số "filename").');
  if (input.content.length === 0) throw badRequest('EMPTY_BODY', 'Tệp gửi lên đang trống.');
  if (input.content.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const mime = detectType(input.declaredType, filename, input.content);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return inTransaction(ctx, async (tx) => {
    if (input.unitId !== null) {
      if ((await directory().unitPath(tx.db, input.unitId)) === null) throw notFound('Đơn vị');
    }
    const row = await own(tx.db)
      .insertInto('attachments')
      .values({ unit_id: input.unitId, filename, mime, size: input.content.length, sha256, content: input.content, uploaded_by: actor.userId })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await audit(tx, {
      action: 'attachment.upload',
      targetType: 'attachment',
      targetId: row.id,
      unitId: input.unitId,
      data: { filename, mime, size: input.content.length, sha256 },
    });
    return { id: row.id, unitId: input.unitId, filename, mime, size: input.content.length, sha256, visibility: 'private', uploadedBy: actor.userId };
  });
}

const META_COLUMNS = ['id', 'unit_id', 'filename', 'mime', 'size', 'sha256', 'visibility', 'uploaded_by'] as const;
type MetaRow = { id: number; unit_id: number | null; filename: string; mime: string; size: number; sha256: string; visibility: 'private' | 'public'; uploaded_by: number | null };
const toMeta = (r: MetaRow): AttachmentMeta => ({
  id: r.id,
  unitId: r.unit_id,
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
  visibility: r.visibility,
  uploadedBy: r.uploaded_by,
});

export async function attachmentsMeta(db: Db, ids: readonly number[]): Promise<AttachmentMeta[]> {
  if (!ids.length) return [];
  const rows = await own(db).selectFrom('attachments').select(META_COLUMNS).where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, toMeta(r as MetaRow)]));
  return ids.map((id) => byId.get(id)).filter((m): m is AttachmentMeta => !!m);
}

/**
 * Checks that the actor may attach these files to a record of the unit at `unitPath`: each exists and was
 * uploaded by the actor or belongs to a unit the record's unit is in. Throws 422 otherwise.
 */
export async function assertAttachable(ctx: Ctx, ids: readonly number[], unitPath: string): Promise<AttachmentMeta[]> {
  // Nothing to attach needs no one (the system publishes a closed decision's result without files).
  if (ids.length === 0) return [];
  const actor = requireActor(ctx.actor);
  const metas = await attachmentsMeta(ctx.db, ids);
  if (metas.length !== new Set(ids).size) throw unprocessable('ATTACHMENT_NOT_FOUND', 'Tệp đính kèm không tồn tại.');
  for (const m of metas) {
    if (m.uploadedBy === actor.userId) continue;
    if (m.visibility === 'public') continue;
    const path = m.unitId === null ? null : await directory().unitPath(ctx.db, m.unitId);
    if (path === null || !unitPath.startsWith(path)) throw unprocessable('ATTACHMENT_NOT_ALLOWED', 'Không được dùng tệp đính kèm của người khác.');
  }
  return metas;
}

/** Makes attachments public (a published record references them). In the caller's transaction. */
export async function publishAttachments(ctx: Ctx, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await own(ctx.db).updateTable('attachments').set({ visibility: 'public' }).where('id', 'in', [...ids]).execute();
}

export const tooLarge = () => refusedWith(413, 'PAYLOAD_TOO_LARGE', 'Tệp quá lớn (tối đa 10 MB).');

/**
 * The metadata of an attachment the actor may download: a public one for anyone; a private one for its uploader
 * and for those who may read the attachments of its unit. 404 when there is no such attachment.
 */
export async function downloadableAttachment(ctx: Ctx, id: number): Promise<AttachmentMeta> {
  const meta = (await attachmentsMeta(ctx.db, [id]))[0];
  if (!meta) throw notFound('Tệp đính kèm');
  if (meta.visibility === 'public') return meta;
  const actor = requireActor(ctx.actor);
  if (meta.uploadedBy === actor.userId) return meta;
  const path = meta.unitId === null ? '/1/' : await directory().unitPath(ctx.db, meta.unitId);
  if (path === null) throw notFound('Tệp đính kèm');
  requirePermission(actor, 'attachment.read', path);
  return meta;
}

/** The stored bytes of an attachment. */
export async function attachmentContent(db: Db, id: number): Promise<Buffer> {
  const row = await own(db).selectFrom('attachments').select('content').where('id', '=', id).executeTakeFirstOrThrow();
  return Buffer.from(row.content);
}

/** An attachment as the API shows it (`attachmentSchema`). */
export const attachmentOut = (m: AttachmentMeta) => ({
  id: String(m.id),
  filename: m.filename,
  mime: m.mime,
  size: m.size,
  sha256: m.sha256,
  url: `/api/v1/attachments/${m.id}`,
});
