import { CandidacyStatus } from '../../common/domain.enums.js';
import { assertStanding, sameNationalityPeers } from './candidacies.rules.js';

describe('sameNationalityPeers', () => {
  it('pairs candidacies sharing a nationality within one election only', () => {
    const peers = sameNationalityPeers([
      { id: 'a', electionId: 'e1', nationality: 'FR' },
      { id: 'b', electionId: 'e1', nationality: 'FR' },
      { id: 'c', electionId: 'e1', nationality: 'SN' },
      { id: 'd', electionId: 'e2', nationality: 'FR' },
    ]);
    expect(peers.get('a')).toEqual(['b']);
    expect(peers.get('b')).toEqual(['a']);
    expect(peers.has('c')).toBe(false);
    expect(peers.has('d')).toBe(false);
  });
});

describe('assertStanding', () => {
  it('refuses only a withdrawn candidacy, naming the rule', () => {
    for (const status of [CandidacyStatus.NOMINATED, CandidacyStatus.ELECTED, CandidacyStatus.NOT_ELECTED]) {
      expect(() => assertStanding({ id: 'c', status })).not.toThrow();
    }
    expect(() => assertStanding({ id: 'c', status: CandidacyStatus.WITHDRAWN })).toThrow(
      expect.objectContaining({
        code: 'RULE_VIOLATION',
        extensions: { rule: 'CANDIDACY_WITHDRAWN', candidacyId: 'c' },
      }),
    );
  });
});
