// Types and calls of the decisions API (/api/v1/decisions…), shared by the decision screens.
import { api, type Page } from '../api.ts';

export const MATTERS = ['contribution', 'contribution_management', 'convention', 'village_head', 'board_member', 'other'] as const;
export type Matter = (typeof MATTERS)[number];
export const METHODS = ['meeting', 'ballot', 'online'] as const;
export type Method = (typeof METHODS)[number];
export type Status = 'draft' | 'open' | 'closed' | 'recognised' | 'refused' | 'cancelled';

export interface DecisionSummary {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  matter: Matter;
  matterLabel: string;
  kind: 'question' | 'election';
  method: Method;
  methodLabel: string;
  secret: boolean;
  status: Status;
  statusLabel: string;
  opensAt: string;
  closesAt: string | null;
  openedOn: string;
  closedOn: string | null;
  eligibleHouseholds: number;
  participatingHouseholds: number;
  rule: 'two_thirds' | 'more_than_half';
  rulePhrase: string;
  threshold: number;
  passed: boolean | null;
}

export interface DecisionResult {
  decisionId: string;
  status: Status;
  eligibleHouseholds: number;
  participatingHouseholds: number;
  counts: Record<string, number>;
  passed: boolean;
  winningOption: string | null;
  threshold: number;
  rule: string;
  outcome: 'passed' | 'failed' | 'tie' | 'no_majority';
  tiedOptions: string[];
  summary: string;
  closedOn: string;
  breakdown: { channel: string; label: string; households: number | null; suppressed: boolean }[];
}

export interface MeetingRecord {
  heldOn: string;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  represented: number;
  absent: number;
  valid: boolean;
  nextStep: 'vote_at_meeting' | 'continue_by_ballot';
  method: Method;
}

export interface Decision extends DecisionSummary {
  description: string | null;
  options: string[];
  initialMethod: Method;
  meeting: MeetingRecord | null;
  recognition: {
    authority: string;
    authorityLabel: string;
    submittedOn: string | null;
    dueOn: string | null;
    answeredOn: string | null;
    number: string | null;
    refusalReason: string | null;
  } | null;
  cancelReason: string | null;
  disclosureId: string | null;
  result: DecisionResult | null;
  myHousehold: { id: string; voted: boolean; eligible: boolean } | null;
  permissions: { manage: boolean; enterBallots: boolean; viewParticipation: boolean; recognise: boolean; checkIntegrity: boolean };
  allowedActions: string[];
}

export interface ParticipationItem {
  householdId: string;
  name: string;
  address: string | null;
  representative: string | null;
  voted: boolean;
  channel: 'online' | 'paper' | 'meeting' | null;
  recordedAt: string | null;
}

export interface Participation extends Page<ParticipationItem> {
  eligibleHouseholds: number;
  participatingHouseholds: number;
  status: Status;
}

export interface OpenInput {
  unitId: string;
  title: string;
  description?: string;
  matter: Matter;
  method: Method;
  options: string[];
  secret?: boolean;
  closesAt?: string;
  meetingLackedHouseholds?: boolean;
  householdsChoosingOnline?: number;
}

export const fetchDecisions = (cursor: string | null) =>
  api<Page<DecisionSummary>>(`/decisions?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
export const fetchDecision = (id: string) => api<Decision>(`/decisions/${id}`);
export const fetchParticipation = (id: string, q?: string) =>
  api<Participation>(`/decisions/${id}/participation?limit=500${q ? `&q=${encodeURIComponent(q)}` : ''}`);
export const openDecision = (input: OpenInput) =>
  api<{ id: string; status: Status; eligibleHouseholds: number }>('/decisions', { method: 'POST', body: input });
export const castBallot = (id: string, householdId: string, choice: string, channel?: 'paper' | 'meeting') =>
  api<{ householdId: string; channel: string }>(`/decisions/${id}/ballots`, {
    method: 'POST',
    body: channel ? { householdId, choice, channel } : { householdId, choice },
  });
export interface IntegrityProblem {
  code: string;
  message: string;
  householdIds?: string[];
  /** The same households with their names (null: no such household any more). */
  households?: { id: string; name: string | null }[];
  entryIds?: string[];
  chains?: string[];
  count: number;
}

export interface IntegrityReport {
  decisionId: string;
  ok: boolean;
  registerCount: number;
  boxTotal: number;
  auditEntries: number;
  auditedBallots: number;
  checkedAt: string;
  problems: IntegrityProblem[];
  message: string;
}

export const checkIntegrity = (id: string) => api<IntegrityReport>(`/decisions/${id}/integrity`);
export const closeDecision = (id: string) => api<DecisionResult>(`/decisions/${id}/close`, { method: 'POST', body: {} });
export const recordMeeting = (id: string, body: { represented: number; place?: string; chair?: string; secretary?: string }) =>
  api<MeetingRecord>(`/decisions/${id}/meeting`, { method: 'POST', body });
export const recognise = (id: string, number?: string) =>
  api<Decision>(`/decisions/${id}/recognise`, { method: 'POST', body: number ? { number } : {} });
export const refuse = (id: string, reason: string) => api<Decision>(`/decisions/${id}/refuse`, { method: 'POST', body: { reason } });
