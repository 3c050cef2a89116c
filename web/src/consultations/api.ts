// Types and calls of the consultations API (/api/v1/consultations…), shared by the consultation screens.
import { api, type Page } from '../api.ts';

export type Stance = 'agree' | 'disagree' | 'other';
export type EnteredSource = 'meeting' | 'paper_form' | 'other';
export type Status = 'open' | 'closed' | 'published' | 'finished';
export type ResponseKind = 'accepted' | 'explained';
export const KINDS = [
  'socio_economic_plan',
  'land_use_plan',
  'investment_project',
  'administrative_boundary',
  'administrative_decision',
  'construction_plan',
  'democracy_regulation',
  'convention',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Consultation {
  id: string;
  unitId: string;
  unitName: string;
  villageIds: string[];
  kind: Kind;
  kindLabel: string;
  title: string;
  opensOn: string;
  closesOn: string;
  closedOn: string | null;
  minDays: number;
  status: Status;
  statusLabel: string;
  createdAt: string;
}

export interface Share {
  count: number;
  percent: number | null;
}
export interface Tally {
  total: number;
  byStance: Record<Stance, Share>;
  bySource: Record<'online' | EnteredSource, Share>;
}

export interface ConsultationDetail extends Consultation {
  draft: string;
  villages: { id: string; name: string }[];
  attachments: { id: string; filename: string; mime: string; size: number; url: string }[];
  acceptsOpinions: boolean;
  tally: Tally | null;
  synthesised: boolean;
  can: { manage: boolean; enterOpinions: boolean; giveOpinion: boolean };
}

export interface Opinion {
  id: string;
  source: 'online' | EnteredSource;
  sourceLabel: string;
  sourceNote: string | null;
  stance: Stance;
  stanceLabel: string;
  body: string;
  authorName: string | null;
  villageId: string | null;
  groupKey: string | null;
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Group {
  key: string;
  label: string;
  labelSource: 'auto' | 'official';
  kind: 'theme' | 'other';
  topTerms: string[];
  size: number;
  percent: number | null;
  stances: Record<Stance, number>;
  response: { kind: ResponseKind; kindLabel: string; text: string; respondedAt: string | null } | null;
}

export interface Synthesis {
  status: Status;
  tally: Tally;
  groups: Group[];
}

const base = '/consultations';

export const fetchConsultations = (unitId: string | null, cursor: string | null): Promise<Page<Consultation>> => {
  const p = new URLSearchParams({ limit: '50' });
  if (unitId) p.set('unitId', unitId);
  if (cursor) p.set('cursor', cursor);
  return api(`${base}?${p}`);
};
export const fetchConsultation = (id: string) => api<ConsultationDetail>(`${base}/${id}`);
export const openConsultation = (body: Record<string, unknown>) => api<Consultation>(base, { method: 'POST', body });
export const fetchMyOpinion = (id: string) => api<{ opinion: Opinion | null; group: Group | null; published: boolean }>(`${base}/${id}/my-opinion`);
export const putMyOpinion = (id: string, body: { stance: Stance; body: string }) => api<Opinion>(`${base}/${id}/my-opinion`, { method: 'PUT', body });
export const enterOpinions = (id: string, body: { source: EnteredSource; sourceNote?: string; opinions: { stance: Stance; body: string; authorName?: string }[] }) =>
  api<{ created: number }>(`${base}/${id}/opinions`, { method: 'POST', body });
export const fetchOpinions = (id: string, group: string | null, cursor: string | null) => {
  const p = new URLSearchParams({ limit: '500' });
  if (group) p.set('group', group);
  if (cursor) p.set('cursor', cursor);
  return api<Page<Opinion>>(`${base}/${id}/opinions?${p}`);
};
export const action = (id: string, what: 'close' | 'synthesis' | 'publish' | 'finish') =>
  api<{ id: string; status: Status }>(`${base}/${id}/${what}`, { method: 'POST', body: {} });
export const fetchSynthesis = (id: string) => api<Synthesis>(`${base}/${id}/synthesis`);
export const mergeGroups = (id: string, keys: string[], label?: string) =>
  api(`${base}/${id}/groups/merge`, { method: 'POST', body: label ? { keys, label } : { keys } });
export const splitGroup = (id: string, key: string, opinionIds: string[], label?: string) =>
  api(`${base}/${id}/groups/${key}/split`, { method: 'POST', body: label ? { opinionIds, label } : { opinionIds } });
export const renameGroup = (id: string, key: string, label: string) => api(`${base}/${id}/groups/${key}/rename`, { method: 'POST', body: { label } });
export const moveOpinions = (id: string, key: string, opinionIds: string[]) => api(`${base}/${id}/groups/${key}/move`, { method: 'POST', body: { opinionIds } });
export const respond = (id: string, key: string, body: { kind: ResponseKind; text: string }) =>
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
