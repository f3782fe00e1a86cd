import { RecusalGround } from './interviews.enums.js';
import { disclosedBy, interviewAccess, visibleAssessments, type PanelStanding } from './publication-policy.js';

const published = { publishedAt: new Date('2026-01-01T00:00:00Z') };
const unpublished = { publishedAt: null };
const member: PanelStanding = { kind: 'member', memberId: 'm1', isChair: false, recusal: null };
const recused: PanelStanding = {
  kind: 'member',
  memberId: 'm1',
  isChair: false,
  recusal: { memberId: 'm1', candidacyId: 'c', ground: RecusalGround.DECLARED_CONFLICT, reason: 'x' },
};
const outsider: PanelStanding = { kind: 'outsider' };
const officer: PanelStanding = { kind: 'officer' };

describe('publication policy', () => {
  it('shows observers and recused members published interviews only, as the public see them', () => {
    for (const standing of [outsider, recused]) {
      expect(interviewAccess(standing, unpublished)).toBe('NONE');
      expect(interviewAccess(standing, published)).toBe('PUBLIC');
    }
  });

  it("gives officers and members who are not recused the panel's view", () => {
    expect(interviewAccess(officer, unpublished)).toBe('PANEL');
    expect(interviewAccess(member, unpublished)).toBe('PANEL');
  });

  it('blind scoring: a member sees the others’ scores only after submitting their own', () => {
    const others = [{ memberId: 'm2' }, { memberId: 'm3' }];
    expect(visibleAssessments(member, others)).toEqual([]);
    expect(visibleAssessments(member, [...others, { memberId: 'm1' }])).toHaveLength(3);
    expect(visibleAssessments(recused, [...others, { memberId: 'm1' }])).toEqual([]);
    expect(visibleAssessments(outsider, others)).toEqual([]);
    expect(visibleAssessments(officer, others)).toHaveLength(2);
  });

  it("records disclosure on the read that first shows a member another's scores, and only then", () => {
    const own = { memberId: 'm1', othersSeenAt: null };
    const other = { memberId: 'm2', othersSeenAt: null };
    expect(disclosedBy(member, [own])).toBeNull();
    expect(disclosedBy(member, [own, other])).toBe(own);
    expect(disclosedBy(member, [{ ...own, othersSeenAt: new Date() }, other])).toBeNull();
    expect(disclosedBy(member, [])).toBeNull();
    expect(disclosedBy(officer, [own, other])).toBeNull();
    expect(disclosedBy(outsider, [own, other])).toBeNull();
  });
});
