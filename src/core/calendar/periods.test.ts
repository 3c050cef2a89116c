import { describe, expect, it } from 'vitest';
import { splitPeriod } from './periods.ts';

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
});
