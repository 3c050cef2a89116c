import { describe, expect, it } from 'vitest';
import { recommendationDueOn, recommendationState } from './rules.ts';

describe('oversight rules', () => {
  it('recommendations are due 15 calendar days after they are sent (Art. 40, 45)', () => {
    expect(recommendationDueOn('2026-03-10')).toBe('2026-03-25');
    expect(recommendationDueOn('2026-12-20')).toBe('2027-01-04');
  });
  it('states', () => {
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: null }, '2026-03-25')).toBe('open');
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: null }, '2026-03-26')).toBe('overdue');
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: '2026-03-25' }, '2026-04-01')).toBe('answered_on_time');
    expect(recommendationState({ dueOn: '2026-03-25', answeredOn: '2026-03-26' }, '2026-04-01')).toBe('answered_late');
  });
});
