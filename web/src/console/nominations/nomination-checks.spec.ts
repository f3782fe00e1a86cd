import { checkNomination, fieldOfRule, type NominationContext, type NominationValues } from './nomination-checks.js';

const values = (overrides: Partial<NominationValues> = {}): NominationValues => ({
  fullName: 'Ana Pérez',
  gender: 'FEMALE',
  nationality: 'AR',
  contactEmail: '',
  state: 'AR',
  nominatedOn: '',
  list: 'A',
  procedure: 'ICJ_PROCEDURE',
  post: '',
  ...overrides,
});

const judges = (overrides: Partial<NominationContext> = {}): NominationContext => ({
  type: 'JUDGES',
  status: 'NOMINATIONS_OPEN',
  seats: 6,
  opensOn: '2026-01-01',
  closesOn: '2026-03-31',
  today: '2026-02-10',
  sittingJudgeNationalities: ['FR'],
  statesWithCandidate: new Map([['KE', 'Kenya']]),
  partiesOnDay: new Map([
    ['AR', 'Argentina'],
    ['KE', 'Kenya'],
    ['FR', 'France'],
  ]),
  ...overrides,
});

describe('the checks the nomination form makes as one types', () => {
  it('passes a complete judicial nomination', () => {
    expect(checkNomination(values(), judges())).toEqual({});
  });

  it('refuses a second candidate of the same State (art. 36(4)(b)), naming the State', () => {
    expect(checkNomination(values({ state: 'KE' }), judges()).state).toEqual({
      key: 'stateTakenError',
      params: { name: 'Kenya' },
    });
  });

  it('refuses a State that is not a party on the day, and waits while the list loads', () => {
    expect(checkNomination(values({ state: 'US' }), judges()).state?.key).toBe('stateNotParty');
    expect(checkNomination(values({ state: 'US', nationality: 'US' }), judges({ partiesOnDay: null }))).toEqual({});
  });

  it('refuses the nationality of a judge who stays in office (art. 36(7)) and a non-party national', () => {
    expect(checkNomination(values({ nationality: 'fr' }), judges()).nationality?.key).toBe('nationalitySittingJudge');
    expect(checkNomination(values({ nationality: 'US' }), judges()).nationality?.key).toBe('nationalityNotParty');
    // A Prosecutor may be of any nationality.
    expect(
      checkNomination(values({ nationality: 'US', list: '', procedure: '' }), judges({ type: 'PROSECUTOR', seats: 1 })),
    ).toEqual({});
  });

  it('requires list and procedure for judges only, and marks them as blanks', () => {
    const problems = checkNomination(values({ list: '', procedure: '' }), judges());
    expect(problems.list).toEqual({ key: 'listBlank', blank: true });
    expect(problems.procedure).toEqual({ key: 'procedureBlank', blank: true });
  });

  it('keeps the day within the period and not in the future', () => {
    expect(checkNomination(values({ nominatedOn: '2026-02-11' }), judges()).nominatedOn?.key).toBe('dateFuture');
    expect(checkNomination(values({ nominatedOn: '2025-12-31' }), judges()).nominatedOn?.key).toBe('dateOutside');
    expect(checkNomination(values({ nominatedOn: '2026-02-30' }), judges()).nominatedOn?.key).toBe('dateInvalid');
  });

  it('asks Deputies for a post and no State', () => {
    const ctx = judges({ type: 'DEPUTY_PROSECUTOR', seats: 2 });
    const base = values({ state: '', list: '', procedure: '' });
    expect(checkNomination({ ...base, post: '3' }, ctx).post?.key).toBe('postBlank');
    expect(checkNomination({ ...base, post: '2' }, ctx)).toEqual({});
  });

  it('places the API’s refusals on their fields', () => {
    expect(fieldOfRule('ONE_CANDIDATE_PER_STATE')).toBe('state');
    expect(fieldOfRule('NATIONALITY_OF_SITTING_JUDGE')).toBe('nationality');
    expect(fieldOfRule('SOMETHING_ELSE')).toBeUndefined();
  });
});
