import { nominationConflicts } from './eligibility.js';

describe('nominationConflicts', () => {
  it('refuses a compatriot of a judge staying and flags compatriot candidates', () => {
    const conflicts = nominationConflicts(
      [
        { id: 'c1', nationality: 'FR' },
        { id: 'c3', nationality: 'ke' },
        { id: 'c2', nationality: 'KE' },
        { id: 'c4', nationality: 'JP' },
      ],
      [{ nationality: 'FR' }],
    );
    expect(conflicts).toEqual([
      { kind: 'SHARES_NATIONALITY_WITH_SITTING_JUDGE', nationality: 'FR', candidateIds: ['c1'] },
      { kind: 'COMPATRIOT_CANDIDATES', nationality: 'KE', candidateIds: ['c2', 'c3'] },
    ]);
  });

  it('finds nothing in a clean field', () => {
    expect(nominationConflicts([{ id: 'a', nationality: 'JP' }], [])).toEqual([]);
  });
});
