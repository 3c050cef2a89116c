// Types and calls of the reports API (/api/v1/reports…).
import { api } from '../api.ts';

// The indicator shapes are the server's own definitions (type-only import: nothing of the server is bundled).
export type { Indicators, Share } from '../../../src/modules/reports/indicators.ts';
import type { Indicators } from '../../../src/modules/reports/indicators.ts';

export interface Dashboard {
  unitId: string;
  name: string;
  from: string;
  to: string;
  indicators: Indicators;
  compliance: { unitId: string; name: string; staffConferences: number | null; workerConferences: number | null; dialogues: number | null; agencies: number; enterprises: number }[];
  cases: {
    status: { key: 'resolved' | 'pending' | 'overdue'; value: number }[];
    lateness: { resolvedOnTime: number; overdue: number };
    byChild: { unitId: string; name: string; received: number; resolved: number; resolvedOnTime: number; overdue: number }[];
  };
  participation: { unitId: string; name: string; decisionsHeld: number; decisionsPassed: number; consultationOpinions: number; conferenceOpinions: number }[];
  trend: { month: string; casesReceived: number; conferences: number; oversightActivities: number; decisionsHeld: number; disclosuresPublished: number }[];
}

export const SECTION_KEYS = ['situation', 'leadership', 'results', 'limitations', 'tasks', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface Draft {
  unitId: string;
  from: string;
  to: string;
  number: string | null;
  signerName?: string;
  sections: Partial<Record<SectionKey, string>>;
  saved: boolean;
  updatedAt: string | null;
}

const q = (unitId: string, from: string, to: string) => `unitId=${encodeURIComponent(unitId)}&from=${from}&to=${to}`;

export const getDashboard = (unitId: string, from: string, to: string) => api<Dashboard>(`/reports/dashboard?${q(unitId, from, to)}`);
export const getDraft = (unitId: string, from: string, to: string) => api<Draft>(`/reports/drafts?${q(unitId, from, to)}`);
export const saveDraft = (d: { unitId: string; from: string; to: string; number: string | null; signerName: string; sections: Partial<Record<SectionKey, string>> }) =>
  api<Draft>('/reports/drafts', { method: 'PUT', body: d });
export const documentUrl = (unitId: string, from: string, to: string, format: 'docx' | 'xlsx' | 'pdf', issuer: 'committee' | 'steering') =>
  `/api/v1/reports/document?${q(unitId, from, to)}&format=${format}&issuer=${issuer}`;
