// Calls of the decisions API (/api/v1/decisions…), shared by the decision screens. Their types are the server's
// (web/src/api-types.ts, generated from the route schemas).
import { api, type ApiBody, type ApiResponse } from '../api.ts';

type OpenInput = ApiBody<'/decisions'>;
export type Matter = OpenInput['matter'];
export type Method = OpenInput['method'];
export type DecisionSummary = ApiResponse<'/decisions'>['items'][number];
export type Decision = ApiResponse<'/decisions/{id}'>;
export type DecisionResult = ApiResponse<'/decisions/{id}/result'>;
type Participation = ApiResponse<'/decisions/{id}/participation'>;
export type IntegrityReport = ApiResponse<'/decisions/{id}/integrity'>;
type MeetingRecord = ApiResponse<'/decisions/{id}/meeting', 'post'>;

/** The matters and methods offered when opening a decision, in the order of the form. */
export const MATTERS = ['contribution', 'contribution_management', 'convention', 'village_head', 'board_member', 'other'] as const satisfies readonly Matter[];
export const METHODS = ['meeting', 'ballot', 'online'] as const satisfies readonly Method[];

export const fetchDecisions = (cursor: string | null) =>
  api<ApiResponse<'/decisions'>>(`/decisions?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
export const fetchDecision = (id: string) => api<Decision>(`/decisions/${id}`);
export const fetchParticipation = (id: string, q?: string) =>
  api<Participation>(`/decisions/${id}/participation?limit=500${q ? `&q=${encodeURIComponent(q)}` : ''}`);
export const openDecision = (input: OpenInput) => api<ApiResponse<'/decisions', 'post'>>('/decisions', { method: 'POST', body: input });
export const castBallot = (id: string, householdId: string, choice: string, channel?: 'paper' | 'meeting') =>
  api<ApiResponse<'/decisions/{id}/ballots', 'post'>>(`/decisions/${id}/ballots`, {
    method: 'POST',
    body: channel ? { householdId, choice, channel } : { householdId, choice },
  });
export const checkIntegrity = (id: string) => api<IntegrityReport>(`/decisions/${id}/integrity`);
export const closeDecision = (id: string) => api<ApiResponse<'/decisions/{id}/close', 'post'>>(`/decisions/${id}/close`, { method: 'POST', body: {} });
export const recordMeeting = (id: string, body: ApiBody<'/decisions/{id}/meeting'>) => api<MeetingRecord>(`/decisions/${id}/meeting`, { method: 'POST', body });
export const recognise = (id: string, number?: string) =>
  api<ApiResponse<'/decisions/{id}/recognise', 'post'>>(`/decisions/${id}/recognise`, { method: 'POST', body: number ? { number } : {} });
export const refuse = (id: string, reason: string) =>
  api<ApiResponse<'/decisions/{id}/refuse', 'post'>>(`/decisions/${id}/refuse`, { method: 'POST', body: { reason } });
