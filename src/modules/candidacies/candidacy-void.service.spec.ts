import { DomainError, ErrorCode } from '../../common/errors.js';
import { voidRefusal } from './candidacy-void.service.js';

describe('voidRefusal (the delete of a voided candidacy)', () => {
  it('answers a foreign-key violation as RULE_VIOLATION VOID_WOULD_LOSE_RECORDS', () => {
    const race = Object.assign(new Error('update or delete on table "candidacy" violates foreign key constraint'), {
      driverError: { code: '23503' },
    });
    const out = voidRefusal(race);
    expect(out).toBeInstanceOf(DomainError);
    expect((out as DomainError).code).toBe(ErrorCode.RULE_VIOLATION);
    expect((out as DomainError).extensions).toMatchObject({ rule: 'VOID_WOULD_LOSE_RECORDS' });
  });

  it('passes any other error on unchanged', () => {
    const other = Object.assign(new Error('duplicate'), { driverError: { code: '23505' } });
    expect(voidRefusal(other)).toBe(other);
    const bug = new TypeError('x');
    expect(voidRefusal(bug)).toBe(bug);
  });
});
