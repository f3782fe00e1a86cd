import { StaffRole } from '../../common/domain.enums.js';
import { type Access, NOMINEE } from './auth.decorators.js';

/** The five kinds of caller. */
export const CALLERS = ['ANONYMOUS', 'NOMINEE', 'PANEL_MEMBER', 'ELECTIONS_OFFICER', 'ADMIN'] as const;
export type Caller = (typeof CALLERS)[number];

const EVERYONE: readonly Caller[] = CALLERS;
const OFFICERS: readonly Caller[] = ['ELECTIONS_OFFICER', 'ADMIN'];
const ADMINS: readonly Caller[] = ['ADMIN'];
const STAFF: readonly Caller[] = ['PANEL_MEMBER', 'ELECTIONS_OFFICER', 'ADMIN'];
const NOMINEES: readonly Caller[] = ['NOMINEE'];
// Panel members act as their own member record; ADMIN does not inherit PANEL_MEMBER.
const PANEL_MEMBERS: readonly Caller[] = ['PANEL_MEMBER'];

/**
 * Who may call each operation: the reviewed policy, in one table. The resolvers' `@Public()` and
 * `@Roles()` marks implement it; an end-to-end test proves, caller by caller, that the running API
 * does exactly what this table says, and fails on an operation without a row.
 */
export const ACCESS_POLICY: Readonly<Record<string, readonly Caller[]>> = {
  'Query.statesParties': EVERYONE,
  'Query.elections': EVERYONE,
  'Query.election': EVERYONE,
  'Query.candidacy': EVERYONE,
  'Query.person': EVERYONE,
  'Query.candidacies': EVERYONE,
  'Query.people': EVERYONE,
  'Query.auditDigest': EVERYONE,
  'Query.auditDigestHistory': EVERYONE,
  'Query.checkBallot': EVERYONE,
  'Query.errorCodes': EVERYONE,
  'Query.me': STAFF,
  'Query.personContact': OFFICERS,
  'Query.staffUsers': ADMINS,
  'Query.auditLog': ADMINS,
  'Mutation.login': EVERYONE,
  'Mutation.createStaffUser': ADMINS,
  'Mutation.disableStaffUser': ADMINS,
  'Mutation.enableStaffUser': ADMINS,
  'Mutation.setStaffUserRole': ADMINS,
  'Query.verifyAuditChain': ADMINS,
  'Mutation.recordWithdrawal': OFFICERS,
  'Mutation.createElection': OFFICERS,
  'Mutation.updateElection': OFFICERS,
  'Mutation.deleteElection': OFFICERS,
  'Mutation.extendNominationPeriod': OFFICERS,
  'Mutation.nominateCandidate': OFFICERS,
  'Mutation.withdrawCandidacy': OFFICERS,
  'Mutation.updatePerson': OFFICERS,
  'Mutation.voidCandidacy': OFFICERS,
  'Mutation.importNominations': OFFICERS,
  'Query.questionnaireTemplates': OFFICERS,
  'Query.questionnaire': OFFICERS,
  'Query.myInvitation': NOMINEES,
  'Query.invitationHelp': EVERYONE,
  'Mutation.createQuestionnaireTemplate': OFFICERS,
  'Mutation.issueQuestionnaire': OFFICERS,
  'Mutation.sendQuestionnaire': OFFICERS,
  'Mutation.resendInvitation': OFFICERS,
  'Mutation.remindNominees': OFFICERS,
  'Mutation.publishResponses': OFFICERS,
  'Mutation.extendInvitationDeadline': OFFICERS,
  'Mutation.reopenResponse': OFFICERS,
  'Mutation.openInvitation': EVERYONE,
  'Mutation.saveAnswers': NOMINEES,
  'Mutation.submitResponse': NOMINEES,
  'Mutation.declineQuestionnaire': NOMINEES,
  'Mutation.recordBallotRound': OFFICERS,
  'Query.previewBallotRound': OFFICERS,
  'Mutation.recordAcclamation': OFFICERS,
  'Subscription.slateFlagChanged': EVERYONE,
  'Subscription.ballotRoundRecorded': EVERYONE,
  'Subscription.responseSubmitted': OFFICERS,
  'Query.rubrics': EVERYONE,
  'Query.panel': STAFF,
  'Query.panelInterview': STAFF,
  'Query.panels': STAFF,
  'Query.myPanels': PANEL_MEMBERS,
  'Query.panelMemberAccounts': OFFICERS,
  'Mutation.createPanel': OFFICERS,
  'Mutation.addPanelMember': OFFICERS,
  'Mutation.recuse': PANEL_MEMBERS,
  'Mutation.scheduleInterview': OFFICERS,
  'Mutation.cancelInterview': OFFICERS,
  'Mutation.recordInterview': PANEL_MEMBERS,
  'Mutation.recordAssessment': PANEL_MEMBERS,
  'Mutation.reopenAssessment': PANEL_MEMBERS,
  'Mutation.recordConclusion': PANEL_MEMBERS,
  'Mutation.recordDissent': PANEL_MEMBERS,
  'Mutation.publishInterview': OFFICERS,
  'Query.discussion': EVERYONE,
  'Query.myDiscussions': NOMINEES,
  'Mutation.createDiscussion': OFFICERS,
  'Mutation.updateDiscussion': OFFICERS,
  'Mutation.cancelDiscussion': OFFICERS,
  'Mutation.recordDiscussion': OFFICERS,
  'Mutation.publishDiscussion': OFFICERS,
  'Mutation.answerDiscussionInvitation': NOMINEES,
  'Mutation.openDiscussionInvitation': EVERYONE,
  'Query.outreachRecords': OFFICERS,
  'Mutation.recordOutreach': OFFICERS,
  'Mutation.updateOutreach': OFFICERS,
};

/** The operations one caller may call, sorted: what a client may offer that caller. */
export function operationsAllowedTo(caller: Caller): string[] {
  return Object.entries(ACCESS_POLICY)
    .filter(([, callers]) => callers.includes(caller))
    .map(([operation]) => operation)
    .sort();
}

/** The callers a resolver's marks let in (the guard's rule, restated for the policy test). */
export function callersFor(isPublic: boolean, roles: readonly Access[] | undefined): Caller[] {
  if (isPublic) return [...CALLERS];
  const allowed = new Set<Caller>();
  for (const role of roles ?? []) {
    if (role === NOMINEE) allowed.add('NOMINEE');
    else allowed.add(role);
    // ADMIN may do everything an ELECTIONS_OFFICER may.
    if (role === StaffRole.ELECTIONS_OFFICER) allowed.add('ADMIN');
  }
  return CALLERS.filter((c) => allowed.has(c));
}
