import { RecusalGround } from './interviews.enums.js';

export interface RecusalMember {
  readonly id: string;
  readonly nationality: string;
}

export interface RecusalCandidacy {
  readonly id: string;
  // null when the Prosecutor nominated (Deputy Prosecutors, art. 42(4)).
  readonly nominatingStateCode: string | null;
  readonly nationality: string;
  readonly otherNationalities: readonly string[];
}

export interface DeclaredRecusal {
  readonly memberId: string;
  readonly candidacyId: string;
  readonly reason: string;
}

export interface Recusal {
  readonly memberId: string;
  readonly candidacyId: string;
  readonly ground: RecusalGround;
  readonly reason: string | null;
}

/**
 * Whether a member is recused from a candidacy. Automatic grounds come first: a member who shares any
 * nationality with the candidate, or is a national of the nominating State, is recused whatever they
 * declare; otherwise a declared conflict recuses.
 */
export function recusalOf(
  member: RecusalMember,
  candidacy: RecusalCandidacy,
  declared: readonly DeclaredRecusal[],
): Recusal | null {
  const nationality = member.nationality.trim();
  const base = { memberId: member.id, candidacyId: candidacy.id };
  const candidateNationalities = [candidacy.nationality, ...candidacy.otherNationalities].map((n) => n.trim());
  if (candidateNationalities.includes(nationality)) {
    return { ...base, ground: RecusalGround.SAME_NATIONALITY_AS_CANDIDATE, reason: null };
  }
  if (candidacy.nominatingStateCode?.trim() === nationality) {
    return { ...base, ground: RecusalGround.NATIONAL_OF_NOMINATING_STATE, reason: null };
  }
  const own = declared.find((d) => d.memberId === member.id && d.candidacyId === candidacy.id);
  return own ? { ...base, ground: RecusalGround.DECLARED_CONFLICT, reason: own.reason } : null;
}
