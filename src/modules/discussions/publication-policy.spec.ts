import { StaffRole } from '../../common/domain.enums.js';
import { ANONYMOUS, type Actor } from '../../common/request-context.js';
import { discussionAccess, isDiscussionVisible, nomineeSeesInvitation } from './publication-policy.js';

const officer: Actor = { kind: 'staff', userId: 'u1', role: StaffRole.ELECTIONS_OFFICER };
const panelMember: Actor = { kind: 'staff', userId: 'u2', role: StaffRole.PANEL_MEMBER };
const nominee: Actor = { kind: 'nominee', candidacyId: 'c1', invitationId: 'i1' };
const unpublished = { publishedAt: null };
const published = { publishedAt: new Date('2030-01-01T00:00:00Z') };

describe('discussion publication policy', () => {
  it('observers and nominees see a discussion only once published', () => {
    for (const actor of [ANONYMOUS, nominee]) {
      expect(discussionAccess(actor, unpublished)).toBe('NONE');
      expect(isDiscussionVisible(actor, unpublished)).toBe(false);
      expect(discussionAccess(actor, published)).toBe('PUBLIC');
    }
  });

  it('staff see every discussion', () => {
    for (const actor of [officer, panelMember]) {
      expect(discussionAccess(actor, unpublished)).toBe('STAFF');
      expect(discussionAccess(actor, published)).toBe('STAFF');
    }
  });

  it('a nominee sees their own invitations only', () => {
    expect(nomineeSeesInvitation(nominee, { candidacyId: 'c1' })).toBe(true);
    expect(nomineeSeesInvitation(nominee, { candidacyId: 'c2' })).toBe(false);
    expect(nomineeSeesInvitation(ANONYMOUS, { candidacyId: 'c1' })).toBe(false);
    expect(nomineeSeesInvitation(officer, { candidacyId: 'c1' })).toBe(false);
  });
});
