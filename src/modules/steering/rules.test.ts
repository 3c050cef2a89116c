import { describe, expect, it } from 'vitest';
import { MODEL_FIELD_LABELS, MODEL_FIELDS, MODEL_RATING_LABELS, MODEL_RATINGS, checkEvaluation, checkRegistration } from './rules.ts';

describe('"Dân vận khéo" models — registration', () => {
  it('a started, named model is registered; one not yet started or without a name is refused', () => {
    expect(checkRegistration({ name: 'Đường hoa', startedOn: '2026-03-01' }, '2026-03-01')).toBeNull();
    expect(checkRegistration({ name: 'Đường hoa', startedOn: '2026-03-02' }, '2026-03-01')).toMatchObject({ code: 'MODEL_IN_FUTURE', status: 422 });
    expect(checkRegistration({ name: '  ', startedOn: '2026-03-01' }, '2026-03-01')).toMatchObject({ code: 'EMPTY_NAME', status: 400 });
  });

  it('every field and rating has its label', () => {
    for (const f of MODEL_FIELDS) expect(MODEL_FIELD_LABELS[f]).toBeTruthy();
    for (const r of MODEL_RATINGS) expect(MODEL_RATING_LABELS[r]).toBeTruthy();
  });
});

describe('"Dân vận khéo" models — evaluation', () => {
  const model = { status: 'registered' as const, startedOn: '2026-03-01' };
  const today = '2026-10-01';
  it.each<[Parameters<typeof checkEvaluation>[0], Parameters<typeof checkEvaluation>[1], string | null, number | null]>([
    [model, { rating: 'excellent', evaluatedOn: today, commended: true }, null, null],
    [model, { rating: 'poor', evaluatedOn: '2026-03-01', commended: false }, null, null],
    [{ ...model, status: 'evaluated' }, { rating: 'good', evaluatedOn: today, commended: true }, null, null],
    [{ ...model, status: 'commended' }, { rating: 'good', evaluatedOn: today, commended: false }, 'ALREADY_COMMENDED', 409],
    [model, { rating: 'good', evaluatedOn: '2026-10-02', commended: false }, 'EVALUATION_IN_FUTURE', 422],
    [model, { rating: 'good', evaluatedOn: '2026-02-28', commended: false }, 'EVALUATION_BEFORE_START', 400],
    [model, { rating: 'poor', evaluatedOn: today, commended: true }, 'CANNOT_COMMEND', 422],
  ])('%o evaluated %o → %s', (m, e, code, status) => {
    const r = checkEvaluation(m, e, today);
    expect(r?.code ?? null).toBe(code);
    expect(r?.status ?? null).toBe(status);
  });
});
