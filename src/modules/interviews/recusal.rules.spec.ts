import { RecusalGround } from './interviews.enums.js';
import { recusalOf } from './recusal.rules.js';

const candidacy = { id: 'c1', nominatingStateCode: 'SN', nationality: 'FR', otherNationalities: ['CA'] };

describe('recusalOf', () => {
  it('recuses a member who shares the candidate’s nationality, or another of their nationalities', () => {
    expect(recusalOf({ id: 'm', nationality: 'FR' }, candidacy, [])?.ground).toBe(
      RecusalGround.SAME_NATIONALITY_AS_CANDIDATE,
    );
    expect(recusalOf({ id: 'm', nationality: 'CA' }, candidacy, [])?.ground).toBe(
      RecusalGround.SAME_NATIONALITY_AS_CANDIDATE,
    );
  });

  it('recuses a national of the nominating State, even when the candidate is not one', () => {
    expect(recusalOf({ id: 'm', nationality: 'SN' }, candidacy, [])?.ground).toBe(
      RecusalGround.NATIONAL_OF_NOMINATING_STATE,
    );
  });

  it('recuses on a declared conflict for that candidacy only, with its reason', () => {
    const declared = [{ memberId: 'm', candidacyId: 'c1', reason: 'Former colleague' }];
    expect(recusalOf({ id: 'm', nationality: 'BR' }, candidacy, declared)).toEqual({
      memberId: 'm',
      candidacyId: 'c1',
      ground: RecusalGround.DECLARED_CONFLICT,
      reason: 'Former colleague',
    });
    expect(recusalOf({ id: 'm', nationality: 'BR' }, { ...candidacy, id: 'c2' }, declared)).toBeNull();
    expect(recusalOf({ id: 'other', nationality: 'BR' }, candidacy, declared)).toBeNull();
  });

  it('does not recuse a member with no tie to the candidacy', () => {
    expect(recusalOf({ id: 'm', nationality: 'BR' }, candidacy, [])).toBeNull();
  });
});
