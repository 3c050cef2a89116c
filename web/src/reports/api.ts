// Calls of the reports API (/api/v1/reports…); the types are the server's (web/src/api-types.ts).
import { api, type ApiBody, type ApiResponse } from '../api.ts';

export type Dashboard = ApiResponse<'/reports/dashboard'>;
export type DashboardPanel = Dashboard['panels'][number];
export type Draft = ApiResponse<'/reports/drafts'>;
export type Indicators = ApiResponse<'/reports/indicators'>['indicators'];

export const SECTION_KEYS = ['situation', 'leadership', 'results', 'limitations', 'tasks', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const q = (unitId: string, from: string, to: string) => `unitId=${encodeURIComponent(unitId)}&from=${from}&to=${to}`;

export const getDashboard = (unitId: string, from: string, to: string) => api<Dashboard>(`/reports/dashboard?${q(unitId, from, to)}`);
export const getDraft = (unitId: string, from: string, to: string) => api<Draft>(`/reports/drafts?${q(unitId, from, to)}`);
export const saveDraft = (d: ApiBody<'/reports/drafts', 'put'>) => api<Draft>('/reports/drafts', { method: 'PUT', body: d });
export const documentUrl = (unitId: string, from: string, to: string, format: 'docx' | 'xlsx' | 'pdf', issuer: 'committee' | 'steering') =>
  `/api/v1/reports/document?${q(unitId, from, to)}&format=${format}&issuer=${issuer}`;
