// Types and calls of the disclosures API (/api/v1/disclosures…, /api/v1/attachments), shared by the screens.
import { api, ApiError, type Page } from '../api.ts';

export interface Category {
  code: string;
  kind: 'commune' | 'agency' | 'enterprise';
  name: string;
  nameEn: string;
  legalBasis: string;
  mandatory: boolean;
  frequency: 'permanent' | 'annual' | 'quarterly' | 'on_decision';
  loudspeaker: boolean;
}
export interface Channel {
  code: string;
  name: string;
  nameEn: string;
  kinds: string[];
}
export interface Reference {
  categories: Category[];
  channels: Channel[];
  postingDays: Record<string, number>;
}

export interface DisclosureSummary {
  id: string;
  unitId: string;
  unitName: string;
  category: string;
  categoryName: string;
  version: number;
  title: string;
  excerpt: string;
  publishedAt: string;
  publishedOn: string;
  postedUntil: string | null;
  attachments: number;
  answeredQuestions: number;
}

export interface AttachmentRef {
  id: string;
  filename: string;
  mime: string;
  size: number;
  url: string;
}

export interface DisclosureDetail {
  id: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  category: string;
  categoryName: string;
  legalBasis: string | null;
  version: number;
  title: string;
  body: string;
  channels: { code: string; name: string }[];
  decidedOn: string | null;
  dueOn: string | null;
  onTime: boolean;
  publishedAt: string;
  publishedOn: string;
  postingDays: number | null;
  postedFrom: string;
  postedUntil: string | null;
  permanent: boolean;
  postedNow: boolean;
  attachments: AttachmentRef[];
  postings: {
    id: string;
    version: number;
    channel: { code: string; name: string };
    place: string;
    postedAt: string;
    postedOn: string;
    postedUntil: string | null;
    postedBy: string;
    photo: AttachmentRef | null;
    note: string | null;
  }[];
  versions: {
    version: number;
    title: string;
    body: string;
    reason: string | null;
    publishedAt: string;
    publishedBy: string | null;
    postedFrom: string;
    postedUntil: string | null;
  }[];
  questions: { id: string; question: string; askedAt: string; answer: string | null; answeredAt: string | null; answeredBy: string | null }[];
}

export interface UnitRef {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
}

export interface ComplianceItem {
  category: string;
  vi: string;
  legalBasis: string;
  frequency: string;
  status: 'on_time' | 'late' | 'missing' | 'not_due';
  disclosed: number;
  late: number;
}
export interface Compliance {
  unitId: string;
  unitName: string;
  period: { from: string; to: string };
  items: ComplianceItem[];
  required: number;
  onTime: number;
  late: number;
  missing: number;
  disclosed: number;
  share: number | null;
  onTimeShare: number | null;
  label: string;
}

export interface QuestionRow {
  id: string;
  disclosureId: string;
  disclosureTitle: string;
  question: string;
  askerName: string;
  askedAt: string;
  answer: string | null;
}

export const fetchReference = (kind?: string) => api<Reference>(`/disclosures/categories${kind ? `?kind=${kind}` : ''}`);

export function fetchDisclosures(f: { unitId?: string; category?: string; q?: string; cursor?: string | null }): Promise<Page<DisclosureSummary>> {
  const p = new URLSearchParams();
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.category) p.set('category', f.category);
  if (f.q?.trim()) p.set('q', f.q.trim());
  if (f.cursor) p.set('cursor', f.cursor);
  p.set('limit', '20');
  return api(`/disclosures?${p}`);
}

export const fetchDisclosure = (id: string) => api<DisclosureDetail>(`/disclosures/${id}`);
export const fetchUnits = (q: { parentId?: string; kind?: string }) => {
  const p = new URLSearchParams({ limit: '500' });
  if (q.parentId) p.set('parentId', q.parentId);
  if (q.kind) p.set('kind', q.kind);
  return api<Page<UnitRef>>(`/units?${p}`);
};
export const fetchUnit = (id: string) => api<UnitRef & { ancestors: { id: string; kind: string; name: string }[] }>(`/units/${id}`);

export interface PostingInput {
  channel: string;
  place: string;
  postedOn?: string;
  days?: number;
  photoAttachmentId?: string;
  placeUnitId?: string;
}

export interface PublishInput {
  unitId: string;
  category: string;
  title: string;
  body: string;
  channels: string[];
  postingDays?: number;
  decidedOn?: string;
  attachmentIds?: string[];
  postings?: PostingInput[];
}

export const publish = (b: PublishInput) =>
  api<{ id: string; publishedAt: string; postedUntil: string | null; warnings: string[] }>('/disclosures', { method: 'POST', body: b });
export const revise = (id: string, b: { reason: string; title?: string; body?: string }) => api(`/disclosures/${id}/versions`, { method: 'POST', body: b });
export const recordPosting = (id: string, b: PostingInput) => api<{ id: string }>(`/disclosures/${id}/postings`, { method: 'POST', body: b });
export const ask = (id: string, question: string) => api<{ id: string }>(`/disclosures/${id}/questions`, { method: 'POST', body: { question } });
export const answer = (id: string, qid: string, text: string) => api(`/disclosures/${id}/questions/${qid}/answer`, { method: 'POST', body: { answer: text } });
export const fetchQuestions = (unitId: string, status: 'open' | 'answered') => api<Page<QuestionRow>>(`/disclosures/questions?unitId=${unitId}&status=${status}`);
export const fetchCompliance = (unitId: string, from: string, to: string) => api<Compliance>(`/disclosures/compliance?unitId=${unitId}&from=${from}&to=${to}`);
export const fetchSubscriptions = () => api<Page<{ id: string; unitId: string; unitName: string; category: string; categoryName: string }>>('/disclosures/subscriptions');
export const saveSubscriptions = (unitId: string, categories: string[]) => api('/disclosures/subscriptions', { method: 'PUT', body: { unitId, categories } });

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
