import type { ElectionType, RegionalGroup } from './slate.types.js';

// Every figure the rules use, in one place. Entries marked (to confirm) or (practice) come from
// the project's reference, not from a primary text at hand: correct them here and nowhere else.
export const MVR_RULES = {
  // ICC-ASP/3/Res.6: at least 9 judges from list A and 5 from list B (Statute art. 36(5)).
  listTarget: { A: 9, B: 5 },
  // ICC-ASP/3/Res.6: gender MVR starts from 6 for each of FEMALE and MALE.
  genderTarget: 6,
  // ICC-ASP/3/Res.6: regional base 3 when the group has at least 17 States Parties, else 2.
  regionalBase: { minStatesPartiesForHigher: 17, higher: 3, lower: 2 },
  // ICC-ASP/1/Res.3, first election only (to confirm): 3 per group, 1 less under 3/18 of all States.
  firstElectionRegionalBase: { base: 3, shareBelowWhichReduced: 3 / 18, reduction: 1 },
  // ICC-ASP/3/Res.6 para 20 (to confirm): fewer than 2 × MVR candidates → half of them, rounded up.
  regionalShortfallFactor: 2,
  // ICC-ASP/3/Res.6 para 20 (to confirm): a gender with at most 10 candidates is capped by this table.
  genderCapMaxCandidates: 10,
  genderCap: { 10: 6, 9: 6, 8: 5, 7: 5, 6: 4, 5: 3, 4: 2, 3: 1, 2: 1, 1: 0, 0: 0 } as Readonly<Record<number, number>>,
  // ICC-ASP/3/Res.6: regional and gender MVRs apply in rounds 1 to 4 at most.
  lastRoundWithRegionalAndGender: 4,
} as const;

export const NOMINATION_RULES = {
  // Practice: the nomination period is extended when a category has fewer than 2 × its MVR
  // candidates; for lists A/B the factor may be 1 (to confirm).
  shortfallFactor: { LIST: 2, GENDER: 2, REGIONAL_GROUP: 2 },
  // Rome Statute art. 42(4): "The Prosecutor shall nominate three candidates for each position of
  // Deputy Prosecutor to be filled."
  deputyCandidatesPerPost: 3,
  // Practice (icc-election-rules.md §2): the ASP President extends the period by two weeks at a
  // time, at most three times. A Bureau decision may go beyond (2020: a month); such an
  // exceptional extension names its decision and does not count toward these limits.
  extension: { maxDays: 14, maxCount: 3 },
} as const;

// Seats each regional group holds on a body elected by group (icc-election-rules.md §1).
export const REGIONAL_SEAT_RULES = {
  // ICC-ASP/1/Res.6: one Board member per regional group.
  TFV_BOARD: {
    AFRICAN: 1,
    ASIA_PACIFIC: 1,
    EASTERN_EUROPEAN: 1,
    LATIN_AMERICAN_AND_CARIBBEAN: 1,
    WESTERN_EUROPEAN_AND_OTHER: 1,
  },
  // ICC-ASP/1/Res.5: twelve members: African 2, Asia-Pacific 2, Eastern European 2, GRULAC 2, WEOG 4.
  COMMITTEE_ON_BUDGET_AND_FINANCE: {
    AFRICAN: 2,
    ASIA_PACIFIC: 2,
    EASTERN_EUROPEAN: 2,
    LATIN_AMERICAN_AND_CARIBBEAN: 2,
    WESTERN_EUROPEAN_AND_OTHER: 4,
  },
} as const satisfies Partial<Record<ElectionType, Record<RegionalGroup, number>>>;

export type MajorityRule = 'TWO_THIRDS_OF_VALID_BALLOTS' | 'ABSOLUTE_MAJORITY_OF_STATES_PARTIES';

export const ROUND_RULES = {
  majority: {
    // Rome Statute art. 36(6)(a); practice: ceil(2/3 × valid ballots).
    JUDGES: 'TWO_THIRDS_OF_VALID_BALLOTS',
    // Rome Statute art. 42(4): absolute majority of the members of the Assembly.
    PROSECUTOR: 'ABSOLUTE_MAJORITY_OF_STATES_PARTIES',
    DEPUTY_PROSECUTOR: 'ABSOLUTE_MAJORITY_OF_STATES_PARTIES',
    // ICC-ASP/1/Res.7 (practice): as for judges.
    TFV_BOARD: 'TWO_THIRDS_OF_VALID_BALLOTS',
    // ICC-ASP/1/Res.5 (practice, 2003: 81 valid → 54): two thirds of those present and voting.
    COMMITTEE_ON_BUDGET_AND_FINANCE: 'TWO_THIRDS_OF_VALID_BALLOTS',
  } satisfies Record<ElectionType, MajorityRule>,
  // Who may not sit beside whom: the same nationality (art. 36(7), 42(2)) or, on the TFV Board,
  // the same regional group (ICC-ASP/1/Res.6: one seat per group).
  distinctBy: {
    JUDGES: 'NATIONALITY',
    PROSECUTOR: 'NATIONALITY',
    DEPUTY_PROSECUTOR: 'NATIONALITY',
    TFV_BOARD: 'REGIONAL_GROUP',
    // ICC-ASP/1/Res.4 (to confirm): members of different nationalities.
    COMMITTEE_ON_BUDGET_AND_FINANCE: 'NATIONALITY',
  } satisfies Record<ElectionType, 'NATIONALITY' | 'REGIONAL_GROUP'>,
  // Separate contests inside one election, each with its own seats and outcome: a Deputy post
  // (art. 42(4): an absolute majority for each post) or a CBF regional group (ICC-ASP/1/Res.5).
  // null: the whole election is one contest.
  contestedBy: {
    JUDGES: null,
    PROSECUTOR: null,
    DEPUTY_PROSECUTOR: 'POST',
    TFV_BOARD: null,
    COMMITTEE_ON_BUDGET_AND_FINANCE: 'REGIONAL_GROUP',
  } satisfies Record<ElectionType, 'POST' | 'REGIONAL_GROUP' | null>,
  // Practice (2020, 2023): once this round is counted, and after each later round, the candidate
  // with the fewest votes leaves the race, so it applies from the fifth round on. null: never.
  dropFewestAfterRound: {
    JUDGES: 4,
    PROSECUTOR: null,
    DEPUTY_PROSECUTOR: null,
    TFV_BOARD: null,
    COMMITTEE_ON_BUDGET_AND_FINANCE: null,
  } satisfies Record<ElectionType, number | null>,
} as const;

export const STATUTE_RULES = {
  // Rome Statute art. 126(1): in force on 1 July 2002, for the States that had ratified by then.
  statuteInForceOn: '2002-07-01',
  // Rome Statute art. 126(2): first day of the month after the 60th day following the deposit.
  daysAfterDeposit: 60,
  // Rome Statute art. 127(1): a withdrawal takes effect one year after the notification.
  withdrawalDelayYears: 1,
} as const;
