import { describe, expect, it } from 'vitest';
import { monthsOf, periodKindOf, splitPeriod } from './period.ts';

describe('splitPeriod', () => {
  it('whole months only', () => {
    expect(splitPeriod('2026-01-01', '2026-06-30')).toEqual({ months: { from: '2026-01-01', to: '2026-06-01' }, days: [] });
  });
  it('edges', () => {
    expect(splitPeriod('2026-01-15', '2026-06-10')).toEqual({
      months: { from: '2026-02-01', to: '2026-05-01' },
      days: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-06-01', to: '2026-06-10' },
      ],
    });
  });
  it('inside one month', () => {
    expect(splitPeriod('2026-02-03', '2026-02-27')).toEqual({ months: null, days: [{ from: '2026-02-03', to: '2026-02-27' }] });
    expect(splitPeriod('2028-02-01', '2028-02-29')).toEqual({ months: { from: '2028-02-01', to: '2028-02-01' }, days: [] });
  });
  it('empty', () => {
    expect(splitPeriod('2026-02-03', '2026-02-01')).toEqual({ months: null, days: [] });
  });
  it('kinds and months', () => {
    expect(periodKindOf('2026-01-01', '2026-06-30')).toEqual({ kind: 'first_half', year: 2026 });
    expect(periodKindOf('2026-01-01', '2026-12-31')).toEqual({ kind: 'year', year: 2026 });
    expect(monthsOf('2026-01-15', '2026-03-02')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});
