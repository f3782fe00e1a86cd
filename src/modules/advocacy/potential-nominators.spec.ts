import type { SlateFlag } from '../slate/index.js';
import { flagsForGroup, flagsText, nominatedAfter } from './potential-nominators.js';

const flag = (scope: SlateFlag['scope'], scopeValue: string | null, kind: SlateFlag['kind']): SlateFlag => ({
  scope,
  scopeValue,
  kind,
  seats: 1,
  candidates: 1,
});

describe('potential nominators', () => {
  const flags = [
    flag('ELECTION', null, 'CLEAN_SLATE'),
    flag('REGIONAL_GROUP', 'AFRICAN', 'NO_CHOICE'),
    flag('REGIONAL_GROUP', 'ASIA_PACIFIC', 'NOMINATION_SHORTFALL'),
    flag('REGIONAL_SEAT', 'AFRICAN', 'VACANT'),
    flag('GENDER', 'FEMALE', 'NOMINATION_SHORTFALL'),
  ];

  it("keeps the group's own flags and those any State can remedy, not another group's", () => {
    expect(flagsForGroup(flags, 'AFRICAN').map((f) => `${f.scope}:${f.scopeValue}:${f.kind}`)).toEqual([
      'ELECTION:null:CLEAN_SLATE',
      'REGIONAL_GROUP:AFRICAN:NO_CHOICE',
      'REGIONAL_SEAT:AFRICAN:VACANT',
      'GENDER:FEMALE:NOMINATION_SHORTFALL',
    ]);
    expect(flagsForGroup(flags, 'EASTERN_EUROPEAN')).toHaveLength(2);
    expect(flagsForGroup([], 'AFRICAN')).toEqual([]);
  });

  it('writes flags for a CSV cell', () => {
    expect(flagsText(flags.slice(0, 2))).toBe('ELECTION::CLEAN_SLATE; REGIONAL_GROUP:AFRICAN:NO_CHOICE');
  });

  it('tells whether the State nominated in that election on or after the day it was contacted', () => {
    const record = { electionId: 'e1', stateCode: 'GH', contactedOn: '2030-02-10' };
    expect(nominatedAfter(record, [])).toBeNull();
    expect(
      nominatedAfter(record, [{ electionId: 'e1', nominatingStateCode: 'GH', nominatedOn: '2030-02-01' }]),
    ).toBeNull();
    expect(
      nominatedAfter(record, [{ electionId: 'e2', nominatingStateCode: 'GH', nominatedOn: '2030-02-20' }]),
    ).toBeNull();
    expect(
      nominatedAfter(record, [{ electionId: 'e1', nominatingStateCode: 'SN', nominatedOn: '2030-02-20' }]),
    ).toBeNull();
    expect(
      nominatedAfter(record, [
        { electionId: 'e1', nominatingStateCode: 'GH', nominatedOn: '2030-02-25' },
        { electionId: 'e1', nominatingStateCode: 'GH', nominatedOn: '2030-02-10' },
      ]),
    ).toBe('2030-02-10');
  });
});
