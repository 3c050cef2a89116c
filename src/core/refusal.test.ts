import { describe, expect, it } from 'vitest';
import { RefusalError, allowed, assertAllowed, forbidden, refusal, refused, refuse, unwrap } from './refusal.ts';

describe('refusals', () => {
  it('a refusal is a value until someone throws it', () => {
    const r = refusal('MIN_PERIOD_NOT_REACHED', 'Chưa đủ thời gian lấy ý kiến tối thiểu.');
    expect(r).toEqual({ code: 'MIN_PERIOD_NOT_REACHED', status: 422, message: 'Chưa đủ thời gian lấy ý kiến tối thiểu.' });
    expect(refusal('INVALID_COUNT', 'x', { status: 400, field: 'eligible' })).toEqual({ code: 'INVALID_COUNT', status: 400, message: 'x', field: 'eligible' });
    expect(() => assertAllowed(null)).not.toThrow();
    expect(() => assertAllowed(r)).toThrow(RefusalError);
    expect(() => refuse(r)).toThrow('Chưa đủ thời gian lấy ý kiến tối thiểu.');
  });

  it('a verdict unwraps to its value or throws its refusal unchanged', () => {
    expect(unwrap(allowed(3))).toBe(3);
    const r = refusal('DECISION_NOT_PASSED', 'Chưa được thông qua.');
    try {
      unwrap(refused(r));
      throw new Error('not thrown');
    } catch (e) {
      expect((e as RefusalError).refusal).toBe(r);
      expect((e as RefusalError).status).toBe(422);
    }
  });

  it('the usual refusals carry their status and Vietnamese message', () => {
    expect(forbidden().refusal).toEqual({ code: 'FORBIDDEN', status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' });
  });
});
