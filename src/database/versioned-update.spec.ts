import type { AuditActor } from '../common/author.js';
import { StaffRole } from '../common/domain.enums.js';
import { describeLastChange, type LastChange } from './versioned-update.js';

const at = new Date('2031-03-04T10:15:00.000Z');
const byStaff: LastChange = { actorKind: 'staff', actorId: 'u-1', occurredAt: at, name: 'Ana Officer' };
const byNominee: LastChange = { actorKind: 'nominee', actorId: 'c-1', occurredAt: at, name: 'Jane Nominee' };
const officer: AuditActor = { kind: 'staff', userId: 'u-1', role: StaffRole.ELECTIONS_OFFICER };
const otherOfficer: AuditActor = { kind: 'staff', userId: 'u-2', role: StaffRole.ELECTIONS_OFFICER };
const nominee: AuditActor = { kind: 'nominee', candidacyId: 'c-1', invitationId: 'i-1' };

describe('what a stale write is told about the change that beat it', () => {
  it('names the writer to staff, and says whether it was themselves', () => {
    expect(describeLastChange(byStaff, otherOfficer)).toEqual({
      changedAt: '2031-03-04T10:15:00.000Z',
      changedBy: { kind: 'STAFF', name: 'Ana Officer', you: false },
    });
    expect(describeLastChange(byStaff, officer).changedBy).toEqual({ kind: 'STAFF', name: 'Ana Officer', you: true });
    expect(describeLastChange(byNominee, officer).changedBy).toEqual({
      kind: 'NOMINEE',
      name: 'Jane Nominee',
      you: false,
    });
  });

  it('never names anyone to a nominee or an unknown reader, even if a name was loaded', () => {
    expect(describeLastChange(byStaff, nominee).changedBy).toEqual({ kind: 'STAFF', name: null, you: false });
    expect(describeLastChange(byNominee, nominee).changedBy).toEqual({ kind: 'NOMINEE', name: null, you: true });
    expect(describeLastChange(byStaff, undefined).changedBy).toEqual({ kind: 'STAFF', name: null, you: false });
    expect(describeLastChange(byStaff, { kind: 'anonymous' }).changedBy?.name).toBeNull();
  });

  it('says nothing about a record the audit log has no entry for', () => {
    expect(describeLastChange(null, officer)).toEqual({ changedAt: null, changedBy: null });
  });
});
