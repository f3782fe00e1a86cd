import { NOMINATION_RULES } from './slate.constants.js';
import type { ElectionType } from './slate.types.js';

// Who puts a candidate forward: a State Party (art. 36(4), 42(4), ICC-ASP/1/Res.4, Res.6) or, for
// Deputy Prosecutors, the Prosecutor (art. 42(4)).
export type Nominator = 'STATE_PARTY' | 'PROSECUTOR';

// Rome Statute art. 42(4): "The Deputy Prosecutors shall be elected ... from a list of candidates
// provided by the Prosecutor"; every other candidate is nominated by a State Party.
export function nominatorFor(electionType: ElectionType): Nominator {
  return electionType === 'DEPUTY_PROSECUTOR' ? 'PROSECUTOR' : 'STATE_PARTY';
}

export type DeputyNominationRule = 'DEPUTY_LIST_FULL' | 'SAME_NATIONALITY_AS_PROSECUTOR';

export interface DeputyNominationCheck {
  // Active candidacies already on the post's list.
  readonly activeOnPost: number;
  readonly nationality: string;
  // The Prosecutor in office, when recorded.
  readonly prosecutorNationality: string | null;
}

// A Deputy nomination is refused when it would put a fourth name on a post's list (art. 42(4):
// three candidates per post) or names a compatriot of the Prosecutor (art. 42(2): the Prosecutor
// and the Deputy Prosecutors shall be of different nationalities).
export function deputyNominationViolation(check: DeputyNominationCheck): DeputyNominationRule | null {
  const { prosecutorNationality, nationality } = check;
  if (prosecutorNationality && prosecutorNationality.toUpperCase() === nationality.toUpperCase()) {
    return 'SAME_NATIONALITY_AS_PROSECUTOR';
  }
  if (check.activeOnPost >= NOMINATION_RULES.deputyCandidatesPerPost) return 'DEPUTY_LIST_FULL';
  return null;
}

export interface PostList {
  readonly post: string;
  readonly candidates: number;
  readonly wanted: number;
}

// Rome Statute art. 42(4): three candidates for each post. Nominations arrive one at a time, so a
// short list is refused when voting opens (a long one is refused at the fourth nomination).
export function deputyListsOffSize(posts: number, activeByPost: Readonly<Record<string, number>>): PostList[] {
  const wanted = NOMINATION_RULES.deputyCandidatesPerPost;
  return Array.from({ length: posts }, (_, i) => String(i + 1))
    .map((post) => ({ post, candidates: activeByPost[post] ?? 0, wanted }))
    .filter((p) => p.candidates !== wanted);
}

export type ExtensionRule = 'EXTENSION_TOO_LONG' | 'TOO_MANY_EXTENSIONS' | 'DECISION_REFERENCE_REQUIRED';

export interface ExtensionCheck {
  readonly days: number;
  // Ordinary extensions already granted (exceptional ones do not count).
  readonly ordinarySoFar: number;
  readonly exceptional: boolean;
  readonly decisionReference: string | null;
}

// Practice: two weeks at a time, at most three times; a Bureau decision may go beyond, and must be
// named (2020: a month). The ordinary limits still apply to every ordinary extension.
export function nominationExtensionViolation(check: ExtensionCheck): ExtensionRule | null {
  const { maxDays, maxCount } = NOMINATION_RULES.extension;
  if (check.exceptional) return check.decisionReference?.trim() ? null : 'DECISION_REFERENCE_REQUIRED';
  if (check.days > maxDays) return 'EXTENSION_TOO_LONG';
  if (check.ordinarySoFar >= maxCount) return 'TOO_MANY_EXTENSIONS';
  return null;
}

// An election in VOTING is concluded by the rounds once every seat is filled; an officer may close
// it earlier (postponed, to a resumed session) only by saying why.
export function manualConclusionViolation(
  seatsLeft: number,
  reason: string | null | undefined,
): 'SEATS_LEFT_UNFILLED' | null {
  return seatsLeft > 0 && !reason?.trim() ? 'SEATS_LEFT_UNFILLED' : null;
}
