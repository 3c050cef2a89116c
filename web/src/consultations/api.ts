// Calls of the consultations API (/api/v1/consultations…), shared by the consultation screens. Their types come from
// the server's route schemas (web/src/api-types.ts, generated).
import { api, type ApiBody, type ApiResponse } from '../api.ts';

/** A consultation as listed. */
export type Consultation = ApiResponse<'/consultations'>['items'][number];
/** A consultation with its draft, figures and what the user may do (`can`). */
export type ConsultationDetail = ApiResponse<'/consultations/{id}'>;
type Opinion = ApiResponse<'/consultations/{id}/opinions'>['items'][number];
export type Synthesis = ApiResponse<'/consultations/{id}/synthesis'>;
export type Group = Synthesis['groups'][number];
export type Stance = Opinion['stance'];
export type ResponseKind = NonNullable<Group['response']>['kind'];
export type EnteredSource = ApiBody<'/consultations/{id}/opinions'>['source'];
export type Kind = Consultation['kind'];
type ActionPath = 'close' | 'synthesis' | 'publish' | 'finish';

/** Every kind of consultation, in the order of the form (a record, so that the type checker sees a missing one). */
const KIND_SET: Record<Kind, true> = {
  socio_economic_plan: true,
  land_use_plan: true,
  investment_project: true,
  administrative_boundary: true,
  administrative_decision: true,
  construction_plan: true,
  democracy_regulation: true,
  convention: true,
  other: true,
};
export const KINDS = Object.keys(KIND_SET) as Kind[];

const base = '/consultations';

export const fetchConsultations = (unitId: string | null, cursor: string | null) => {
  const p = new URLSearchParams({ limit: '50' });
  if (unitId) p.set('unitId', unitId);
  if (cursor) p.set('cursor', cursor);
  return api<ApiResponse<'/consultations'>>(`${base}?${p}`);
};
export const fetchConsultation = (id: string) => api<ConsultationDetail>(`${base}/${id}`);
export const openConsultation = (body: ApiBody<'/consultations'>) => api<ApiResponse<'/consultations', 'post'>>(base, { method: 'POST', body });
export const fetchMyOpinion = (id: string) => api<ApiResponse<'/consultations/{id}/my-opinion'>>(`${base}/${id}/my-opinion`);
export const putMyOpinion = (id: string, body: ApiBody<'/consultations/{id}/my-opinion', 'put'>) =>
  api<ApiResponse<'/consultations/{id}/my-opinion', 'put'>>(`${base}/${id}/my-opinion`, { method: 'PUT', body });
export const enterOpinions = (id: string, body: ApiBody<'/consultations/{id}/opinions'>) =>
  api<ApiResponse<'/consultations/{id}/opinions', 'post'>>(`${base}/${id}/opinions`, { method: 'POST', body });
export const fetchOpinions = (id: string, group: string | null, cursor: string | null) => {
  const p = new URLSearchParams({ limit: '500' });
  if (group) p.set('group', group);
  if (cursor) p.set('cursor', cursor);
  return api<ApiResponse<'/consultations/{id}/opinions'>>(`${base}/${id}/opinions?${p}`);
};
export const action = (id: string, what: ActionPath) => api<ApiResponse<'/consultations/{id}/close', 'post'>>(`${base}/${id}/${what}`, { method: 'POST', body: {} });
export const fetchSynthesis = (id: string) => api<Synthesis>(`${base}/${id}/synthesis`);
export const mergeGroups = (id: string, keys: string[], label?: string) =>
  api(`${base}/${id}/groups/merge`, { method: 'POST', body: label ? { keys, label } : { keys } });
export const splitGroup = (id: string, key: string, opinionIds: string[], label?: string) =>
  api(`${base}/${id}/groups/${key}/split`, { method: 'POST', body: label ? { opinionIds, label } : { opinionIds } });
export const renameGroup = (id: string, key: string, label: string) => api(`${base}/${id}/groups/${key}/rename`, { method: 'POST', body: { label } });
export const moveOpinions = (id: string, key: string, opinionIds: string[]) => api(`${base}/${id}/groups/${key}/move`, { method: 'POST', body: { opinionIds } });
export const respond = (id: string, key: string, body: ApiBody<'/consultations/{id}/groups/{key}/response', 'put'>) =>
  api(`${base}/${id}/groups/${key}/response`, { method: 'PUT', body });
export const exportUrl = (id: string, format: 'docx' | 'xlsx') => `/api/v1${base}/${id}/export?format=${format}`;

/** Uploads one file (raw body, name in ?filename=) and returns its attachment id. */
export async function uploadAttachment(file: File, unitId: string, csrfToken: string | undefined): Promise<{ id: string; filename: string }> {
  const p = new URLSearchParams({ filename: file.name, unitId });
  const res = await fetch(`/api/v1/attachments?${p}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: file,
  });
  const data = (await res.json().catch(() => null)) as { id?: string; filename?: string; error?: { message?: string } } | null;
  if (!res.ok || !data?.id) throw new Error(data?.error?.message ?? `Lỗi ${res.status}`);
  return { id: data.id, filename: data.filename ?? file.name };
}
