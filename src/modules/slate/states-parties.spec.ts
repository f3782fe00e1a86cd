import { entryIntoForceFor, isStatePartyOn, statesPartiesOn, withdrawalEffectiveOn } from './states-parties.js';

describe('entry into force (art. 126)', () => {
  it('is the Statute’s own date for early ratifications', () => {
    expect(entryIntoForceFor('2002-01-22')).toBe('2002-07-01'); // Benin
  });

  it('is the first day of the month after the 60th day following deposit', () => {
    expect(entryIntoForceFor('2004-04-16')).toBe('2004-07-01'); // Burkina Faso: 60th day 15 June
    expect(entryIntoForceFor('2011-10-10')).toBe('2012-01-01'); // Cabo Verde: 60th day 9 Dec
    expect(entryIntoForceFor('2023-01-01')).toBe('2023-04-01'); // 60th day 2 March
  });

  it('refuses a day that is not one', () => {
    expect(() => entryIntoForceFor('2023-02-30')).toThrow(RangeError);
  });
});

describe('withdrawal (art. 127)', () => {
  it('takes effect one year after notification', () => {
    expect(withdrawalEffectiveOn('2025-06-02')).toBe('2026-06-02'); // Hungary
    expect(withdrawalEffectiveOn('2024-02-29')).toBe('2025-02-28');
  });

  it('or on a later date named in the notification', () => {
    expect(withdrawalEffectiveOn('2025-06-02', '2026-12-31')).toBe('2026-12-31');
    expect(withdrawalEffectiveOn('2025-06-02', '2025-12-31')).toBe('2026-06-02');
  });
});

describe('counting States Parties on a day', () => {
  const hungary = {
    regionalGroup: 'EASTERN_EUROPEAN' as const,
    inForceOn: '2002-07-01',
    withdrawalEffectiveOn: '2026-06-02',
  };
  const benin = { regionalGroup: 'AFRICAN' as const, inForceOn: '2002-07-01' };
  const burkina = { regionalGroup: 'AFRICAN' as const, inForceOn: '2004-07-01' };

  it('counts from entry into force until the withdrawal takes effect', () => {
    expect(isStatePartyOn(hungary, '2002-06-30')).toBe(false);
    expect(isStatePartyOn(hungary, '2002-07-01')).toBe(true);
    expect(isStatePartyOn(hungary, '2026-06-01')).toBe(true);
    expect(isStatePartyOn(hungary, '2026-06-02')).toBe(false);
  });

  it('counts per regional group', () => {
    expect(statesPartiesOn([hungary, benin, burkina], '2003-02-04')).toEqual({
      AFRICAN: 1,
      ASIA_PACIFIC: 0,
      EASTERN_EUROPEAN: 1,
      LATIN_AMERICAN_AND_CARIBBEAN: 0,
      WESTERN_EUROPEAN_AND_OTHER: 0,
    });
    expect(statesPartiesOn([hungary, benin, burkina], '2026-12-01').AFRICAN).toBe(2);
    expect(statesPartiesOn([hungary, benin, burkina], '2026-12-01').EASTERN_EUROPEAN).toBe(0);
  });
});
