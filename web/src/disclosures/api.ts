// Calls of the disclosures API (/api/v1/disclosures…, /api/v1/attachments), shared by the screens. Their types are
// the server's (web/src/api-types.ts, generated from the route schemas).
import { api, ApiError, type ApiBody, type ApiResponse, type Page } from '../api.ts';
import type { UnitLite } from '../shell/useMyUnits.ts';

type Reference = ApiResponse<'/disclosures/categories'>;
export type Category = Reference['categories'][number];
/** A medium's code (notice_board, loudspeaker…). */
export type MediumCode = Reference['channels'][number]['code'];
export type DisclosureDetail = ApiResponse<'/disclosures/{id}'>;
type AttachmentRef = DisclosureDetail['attachments'][number];
type PublishInput = ApiBody<'/disclosures'>;
type PostingInput = ApiBody<'/disclosures/{id}/postings'>;
type ReviseInput = ApiBody<'/disclosures/{id}/versions'>;

export const fetchReference = (kind?: string) => api<Reference>(`/disclosures/categories${kind ? `?kind=${kind}` : ''}`);

export function fetchDisclosures(f: { unitId?: string; category?: string; q?: string; cursor?: string | null }) {
  const p = new URLSearchParams();
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.category) p.set('category', f.category);
  if (f.q?.trim()) p.set('q', f.q.trim());
  if (f.cursor) p.set('cursor', f.cursor);
  p.set('limit', '20');
  return api<ApiResponse<'/disclosures'>>(`/disclosures?${p}`);
}

export const fetchDisclosure = (id: string) => api<DisclosureDetail>(`/disclosures/${id}`);
export const fetchUnits = (q: { parentId?: string; kind?: string }) => {
  const p = new URLSearchParams({ limit: '500' });
  if (q.parentId) p.set('parentId', q.parentId);
  if (q.kind) p.set('kind', q.kind);
  return api<Page<UnitLite>>(`/units?${p}`);
};
export const fetchUnit = (id: string) => api<UnitLite>(`/units/${id}`);

export const publish = (b: PublishInput) => api<ApiResponse<'/disclosures', 'post'>>('/disclosures', { method: 'POST', body: b });
export const revise = (id: string, b: ReviseInput) => api<ApiResponse<'/disclosures/{id}/versions', 'post'>>(`/disclosures/${id}/versions`, { method: 'POST', body: b });
export const recordPosting = (id: string, b: PostingInput) =>
  api<ApiResponse<'/disclosures/{id}/postings', 'post'>>(`/disclosures/${id}/postings`, { method: 'POST', body: b });
export const ask = (id: string, question: string) =>
  api<ApiResponse<'/disclosures/{id}/questions', 'post'>>(`/disclosures/${id}/questions`, { method: 'POST', body: { question } });
export const answer = (id: string, qid: string, text: string) =>
  api<ApiResponse<'/disclosures/{id}/questions/{questionId}/answer', 'post'>>(`/disclosures/${id}/questions/${qid}/answer`, { method: 'POST', body: { answer: text } });
export const fetchQuestions = (unitId: string, status: 'open' | 'answered') =>
  api<ApiResponse<'/disclosures/questions'>>(`/disclosures/questions?unitId=${unitId}&status=${status}`);
export const fetchCompliance = (unitId: string, from: string, to: string) =>
  api<ApiResponse<'/disclosures/compliance'>>(`/disclosures/compliance?unitId=${unitId}&from=${from}&to=${to}`);
export const fetchSubscriptions = () => api<ApiResponse<'/disclosures/subscriptions'>>('/disclosures/subscriptions');
export const saveSubscriptions = (unitId: string, categories: string[]) =>
  api<ApiResponse<'/disclosures/subscriptions', 'put'>>('/disclosures/subscriptions', { method: 'PUT', body: { unitId, categories } });

/** Uploads a file as a raw body (api() only sends JSON); the CSRF token comes from the session (useAuth().me). */
export async function uploadFile(file: File, csrfToken: string | undefined, unitId?: string): Promise<AttachmentRef> {
  const p = new URLSearchParams({ filename: file.name });
  if (unitId) p.set('unitId', unitId);
  let res: Response;
  try {
    res = await fetch(`/api/v1/attachments?${p}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | AttachmentRef | null;
  if (!res.ok) {
    const err = (data as { error?: { code: string; message: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP_ERROR', err?.message ?? `Lỗi ${res.status}`);
  }
  return data as AttachmentRef;
}

export const todayIso = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
