// Calls of the cases API (/api/v1/cases…, /api/v1/reception…), shared by the cases screens. Their types are the
// server's (web/src/api-types.ts, generated from the route schemas).
import { api, type ApiBody, type ApiResponse, type Page } from '../api.ts';
import type { UnitLite } from '../shell/useMyUnits.ts';

export type CaseType = ApiBody<'/cases'>['type'];
export type CaseAction = ApiBody<'/cases/{id}/actions'>['action'];
/** The four legal tracks, in the order the sending form offers them. */
export const CASE_TYPES: readonly CaseType[] = ['feedback', 'petition', 'complaint', 'denunciation'];

export type Submitted = ApiResponse<'/cases', 'post'>;
export type Tracked = ApiResponse<'/cases/track', 'post'>;
export type CaseItem = ApiResponse<'/cases'>['items'][number];
export type CaseDetail = ApiResponse<'/cases/{id}'>;
export type UnitCounts = ApiResponse<'/cases/summary'>['children'][number];

export const casesApi = {
  submit: (body: ApiBody<'/cases'>) => api<Submitted>('/cases', { method: 'POST', body }),
  track: (trackingCode: string, secret: string) => api<Tracked>('/cases/track', { method: 'POST', body: { trackingCode, secret } satisfies ApiBody<'/cases/track'> }),
  list: (q: string) => api<ApiResponse<'/cases'>>(`/cases?${q}`),
  get: (id: string) => api<CaseDetail>(`/cases/${id}`),
  handlers: (id: string) => api<ApiResponse<'/cases/{id}/handlers'>>(`/cases/${id}/handlers`),
  act: (id: string, body: ApiBody<'/cases/{id}/actions'>) => api<ApiResponse<'/cases/{id}/actions', 'post'>>(`/cases/${id}/actions`, { method: 'POST', body }),
  summary: (unitId: string) => api<ApiResponse<'/cases/summary'>>(`/cases/summary?unitId=${unitId}`),
  schedule: (unitId: string) => api<ApiResponse<'/reception/schedule'>>(`/reception/schedule?unitId=${unitId}`),
  addSchedule: (body: ApiBody<'/reception/schedule'>) => api<ApiResponse<'/reception/schedule', 'post'>>('/reception/schedule', { method: 'POST', body }),
  sessions: (unitId: string) => api<ApiResponse<'/reception/sessions'>>(`/reception/sessions?unitId=${unitId}`),
  logSession: (body: ApiBody<'/reception/sessions'>) => api<ApiResponse<'/reception/sessions', 'post'>>('/reception/sessions', { method: 'POST', body }),
  /** Units that receive cases: communes (and wards) and agencies. */
  units: async (): Promise<UnitLite[]> => {
    const [communes, agencies] = await Promise.all([api<Page<UnitLite>>('/units?kind=commune&limit=500'), api<Page<UnitLite>>('/units?kind=agency&limit=500')]);
    return [...communes.items, ...agencies.items];
  },
};
