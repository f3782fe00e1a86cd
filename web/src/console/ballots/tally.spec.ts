import { count, notCounts, tallyFigures } from './tally.js';

const tally = (votes: Record<string, string>, papers = '10', invalid = '1', abstentions = '0') => ({
  ballotPapers: papers,
  invalidBallots: invalid,
  abstentions,
  votes,
});

describe('reading the tally as typed (the rules are the API’s)', () => {
  it('reads a count: a whole number, 0 or more', () => {
    expect([count('12'), count(' 0 '), count(''), count('-1'), count('1.5'), count('x'), count('1234567')]).toEqual([
      12,
      0,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('names the fields that do not hold a count; a blank vote is none, a blank figure is missing', () => {
    expect(notCounts(tally({ a: '', b: 'x', c: '3' }, '', '1', 'y'), ['a', 'b', 'c'])).toEqual({
      figures: ['ballotPapers', 'abstentions'],
      votes: ['b'],
    });
    expect(notCounts(tally({}), ['a'])).toEqual({ figures: [], votes: [] });
  });

  it('gives the figures as the API takes them once every field holds a count, else nothing', () => {
    expect(tallyFigures(tally({ a: '9', b: '', c: '0' }, '119', '10', '2'), ['a', 'b', 'c'])).toEqual({
      ballotPapers: 119,
      invalidBallots: 10,
      abstentions: 2,
      votes: [{ candidacyId: 'a', votes: 9 }],
    });
    // Only the race's votes are sent: a candidate no longer listed is left out.
    expect(tallyFigures(tally({ a: '1', gone: '5' }), ['a'])?.votes).toEqual([{ candidacyId: 'a', votes: 1 }]);
    expect(tallyFigures(tally({ a: '1' }, ''), ['a'])).toBeNull();
    expect(tallyFigures(tally({ a: '1.5' }), ['a'])).toBeNull();
    // Figures that do not add up are still figures: the API says what is wrong with them.
    expect(tallyFigures(tally({}, '3', '2', '2'), [])).toMatchObject({ ballotPapers: 3, invalidBallots: 2 });
  });
});
