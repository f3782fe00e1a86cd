import { absoluteMajorityOfStatesParties, twoThirdsOfValidBallots, votesRequired } from './majority.js';

describe('two thirds of valid ballots (judges, TFV)', () => {
  it('rounds up', () => {
    expect(twoThirdsOfValidBallots(109)).toBe(73);
    expect(twoThirdsOfValidBallots(83)).toBe(56);
    expect(twoThirdsOfValidBallots(120)).toBe(80);
    expect(twoThirdsOfValidBallots(1)).toBe(1);
  });

  it('is exact for every count, with no floating-point drift', () => {
    for (let v = 0; v <= 1000; v++) {
      const t = twoThirdsOfValidBallots(v);
      expect(3 * t).toBeGreaterThanOrEqual(2 * v);
      expect(3 * (t - 1)).toBeLessThan(2 * v);
    }
  });

  it('is what TFV elections use', () => {
    expect(votesRequired('TFV_BOARD', { validBallots: 109 })).toBe(73);
  });
});

describe('absolute majority of States Parties (Prosecutor, Deputies)', () => {
  it('is floor(N/2) + 1', () => {
    expect(absoluteMajorityOfStatesParties(123)).toBe(62);
    expect(absoluteMajorityOfStatesParties(124)).toBe(63);
    expect(votesRequired('DEPUTY_PROSECUTOR', { validBallots: 10, statesParties: 123 })).toBe(62);
  });

  it('needs the number of States Parties', () => {
    expect(() => votesRequired('PROSECUTOR', { validBallots: 100 })).toThrow(RangeError);
  });

  it('refuses counts that are not counts', () => {
    expect(() => twoThirdsOfValidBallots(-1)).toThrow(RangeError);
    expect(() => absoluteMajorityOfStatesParties(12.5)).toThrow(RangeError);
  });
});
