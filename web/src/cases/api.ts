// Types and calls of the cases API (/api/v1/cases…, /api/v1/reception…), shared by the cases screens.
import { api, type Page } from '../api.ts';

export const CASE_TYPES = ['feedback', 'petition', 'complaint', 'denunciation'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export type CaseStatus = 'received' | 'accepted' | 'refused' | 'resolved' | 'transferred' | 'withdrawn';
export type CaseAction = 'accept' | 'refuse' | 'extend' | 'resolve' | 'transfer' | 'assign' | 'withdraw';

export interface DueDates {
  accept?: string;
  resolve?: string;
}

export interface Submitted {
  id: string;
  trackingCode: string;
  trackingSecret: string;
  status: CaseStatus;
  type: CaseType;
  receivedOn: string;
  dueDates: DueDates;
}

export interface Tracked {
  trackingCode: string;
  type: CaseType;
  status: CaseStatus;
  unitName: string;
  receivedOn: string;
  dueDates: DueDates;
  overdue: boolean;
  publicAnswer: string | null;
  history: { date: string; label: string }[];
}

export interface CaseItem {
  id: string;
  trackingCode: string;
  type: CaseType;
  status: CaseStatus;
  unitId: string;
  subject: string;
  receivedOn: string;
  acceptedOn: string | null;
  closedOn: string | null;
  dueDates: DueDates;
  nextDue: string | null;
  warning: 'overdue' | 'due_soon' | null;
  daysOverdue: number;
  extensions: number;
  complexity: string;
  publicAnswer: string | null;
  senderName?: string | null;
  senderProtected: boolean;
  assignees?: { id: string; name: string }[];
}

export interface CaseDetail extends CaseItem {
  content: string;
  sender: { name: string; phone: string | null; address: string | null; idNumber: string | null } | null;
  allowedActions: CaseAction[];
  history: { at: string; date: string; action: string; label: string; note: string | null; actorName: string | null }[];
}

export interface UnitCounts {
  unitId: string;
  name: string;
  kind: string;
  open: number;
  overdue: number;
  dueSoon: number;
  resolved: number;
  total: number;
}

export interface Summary {
  unitId: string;
  name: string;
  asOf: string;
  totals: { open: number; overdue: number; dueSoon: number; resolved: number; total: number };
  own: UnitCounts | null;
  children: UnitCounts[];
}

export interface ScheduleItem {
  id: string;
  day: string;
  startsAt: string;
  endsAt: string;
  leaderName: string;
  leaderTitle: string;
  isChair: boolean;
  place: string;
}

export interface Schedule {
  unitId: string;
  unitName: string;
  from: string;
  to: string;
  requirement: { period: 'week' | 'month'; days: number; legalSource: string } | null;
  warnings: { period: string; scheduled: number; required: number; message: string }[];
  items: ScheduleItem[];
}

export interface SessionItem {
  id: string;
  heldOn: string;
  receiverName: string;
  visitorName: string | null;
  visitorCount: number;
  topic: string;
  caseType: CaseType | null;
  outcome: string | null;
  caseId: string | null;
  trackingCode: string | null;
}

export interface UnitOption {
  id: string;
  name: string;
  kind: string;
}

export const casesApi = {
  submit: (body: unknown) => api<Submitted>('/cases', { method: 'POST', body }),
  track: (trackingCode: string, secret: string) => api<Tracked>('/cases/track', { method: 'POST', body: { trackingCode, secret } }),
  list: (q: string) => api<Page<CaseItem>>(`/cases?${q}`),
  get: (id: string) => api<CaseDetail>(`/cases/${id}`),
  handlers: (id: string) => api<{ items: { id: string; name: string }[] }>(`/cases/${id}/handlers`),
  act: (id: string, body: unknown) => api<CaseDetail>(`/cases/${id}/actions`, { method: 'POST', body }),
  summary: (unitId: string) => api<Summary>(`/cases/summary?unitId=${unitId}`),
  schedule: (unitId: string) => api<Schedule>(`/reception/schedule?unitId=${unitId}`),
  addSchedule: (body: unknown) => api<{ id: string }>('/reception/schedule', { method: 'POST', body }),
  sessions: (unitId: string) => api<Page<SessionItem>>(`/reception/sessions?unitId=${unitId}`),
  logSession: (body: unknown) => api<{ id: string; case: Submitted | null }>('/reception/sessions', { method: 'POST', body }),
  units: async (): Promise<UnitOption[]> => {
    const [communes, agencies] = await Promise.all([
      api<Page<UnitOption>>('/units?kind=commune&limit=500'),
      api<Page<UnitOption>>('/units?kind=agency&limit=500'),
    ]);
    return [...communes.items, ...agencies.items];
  },
};

/** Units where the user may work cases (from /me roles). */
export function caseUnits(roles: { role: string; unitId: string }[]): string[] {
  return [...new Set(roles.filter((r) => ['official', 'admin', 'steering'].includes(r.role)).map((r) => r.unitId))];
}
