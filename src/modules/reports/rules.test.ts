import { describe, expect, it } from 'vitest';
import { monthsOf, periodKindOf } from './rules.ts';

describe('report periods', () => {
  it('kinds and months', () => {
    expect(periodKindOf('2026-01-01', '2026-06-30')).toEqual({ kind: 'first_half', year: 2026 });
    expect(periodKindOf('2026-01-01', '2026-12-31')).toEqual({ kind: 'year', year: 2026 });
    expect(monthsOf('2026-01-15', '2026-03-02')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});
