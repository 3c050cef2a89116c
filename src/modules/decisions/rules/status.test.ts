// The decision's states and the commune's recognition (Law 10/2022 Art. 20 cl. 3, Art. 21 cl. 2).
import { describe, expect, it } from 'vitest';
import type { Matter } from './matters.ts';
import {
  DECISION_ACTIONS,
  DECISION_STATUSES,
  RECOGNITION_WORKING_DAYS,
  SUBMISSION_WORKING_DAYS,
  allowedActions,
  hasResult,
  recognitionAuthority,
  requiresRecognition,
  transition,
  type DecisionAction,
  type DecisionStatus,
} from './status.ts';

describe('recognition', () => {
  it('convention and village head by the commune People’s Committee, board members by the commune Fatherland Front', () => {
    expect(recognitionAuthority('convention')).toBe('commune_people_committee');
    expect(recognitionAuthority('village_head')).toBe('commune_people_committee');
    expect(recognitionAuthority('board_member')).toBe('commune_fatherland_front');
    for (const m of ['contribution', 'contribution_management', 'other'] as Matter[]) {
      expect(recognitionAuthority(m)).toBeNull();
      expect(requiresRecognition(m)).toBe(false);
    }
  });

  it('deadlines are 5 working days', () => {
    expect(RECOGNITION_WORKING_DAYS).toBe(5);
    expect(SUBMISSION_WORKING_DAYS).toBe(5);
  });
});

describe('decision state machine', () => {
  const expected: Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>> = {
    draft: { open: 'open', cancel: 'cancelled' },
    open: { close: 'closed', cancel: 'cancelled' },
    closed: { recognise: 'recognised', refuse: 'refused' },
    recognised: {},
    refused: {},
    cancelled: {},
  };

  it('allows exactly the listed transitions (every status × action)', () => {
    for (const s of DECISION_STATUSES) {
      for (const a of DECISION_ACTIONS) {
        const r = transition(s, a);
        const next = expected[s][a];
        if (next) {
          expect(r).toEqual({ ok: true, value: next });
        } else {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.refusal.code).toBe('INVALID_TRANSITION');
            expect(r.refusal.status).toBe(422);
          }
        }
      }
    }
  });

  it('explains a refused transition in Vietnamese', () => {
    const r = transition('closed', 'open');
    expect(!r.ok && r.refusal.message).toBe('Không thể mở biểu quyết khi nội dung biểu quyết đang ở trạng thái "Đã kết thúc biểu quyết".');
  });

  it('refuses recognition of matters that take effect when voted, and of decisions that did not pass', () => {
    const r1 = transition('closed', 'recognise', { matter: 'contribution', passed: true });
    expect(!r1.ok && r1.refusal.code).toBe('RECOGNITION_NOT_REQUIRED');
    const r2 = transition('closed', 'refuse', { matter: 'village_head', passed: false });
    expect(!r2.ok && r2.refusal.code).toBe('DECISION_NOT_PASSED');
    expect(transition('closed', 'recognise', { matter: 'convention', passed: true })).toEqual({ ok: true, value: 'recognised' });
    expect(transition('closed', 'refuse', { matter: 'board_member', passed: true })).toEqual({ ok: true, value: 'refused' });
  });

  it('lists allowed actions', () => {
    expect(allowedActions('draft')).toEqual(['open', 'cancel']);
    expect(allowedActions('closed', { matter: 'village_head', passed: true })).toEqual(['recognise', 'refuse']);
    expect(allowedActions('closed', { matter: 'other', passed: true })).toEqual([]);
    expect(allowedActions('cancelled')).toEqual([]);
  });

  it('rejects unknown statuses and actions', () => {
    const r1 = transition('archived' as DecisionStatus, 'open');
    expect(!r1.ok && r1.refusal.code).toBe('UNKNOWN_STATUS');
    const r2 = transition('draft', 'publish' as DecisionAction);
    expect(!r2.ok && r2.refusal.code).toBe('UNKNOWN_ACTION');
  });
});

describe('hasResult', () => {
  it('a decision has a public result once closed (then recognised or refused), never while open, drafted or cancelled', () => {
    expect(DECISION_STATUSES.filter(hasResult)).toEqual(['closed', 'recognised', 'refused']);
  });
});
