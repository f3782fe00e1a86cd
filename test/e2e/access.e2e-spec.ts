import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { StaffRole } from '../../src/common/domain.enums.js';
import { NotificationsService, type Channel } from '../../src/common/notifications/notifications.service.js';
import { ACCESS_POLICY, CALLERS, callersFor, type Caller } from '../../src/modules/auth/access-policy.js';
import { IS_PUBLIC, ROLES, type Access } from '../../src/modules/auth/auth.decorators.js';
import { nomineeToken } from '../support/questionnaire-factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CREDENTIAL_EXCHANGES = new Set([
  'Mutation.login',
  'Mutation.openInvitation',
  'Mutation.openDiscussionInvitation',
]);

/**
 * One well-formed document per operation, so that a refusal can only come from access control.
 * A new operation without a document here (and a row in ACCESS_POLICY) fails the test below.
 */
const DOCUMENTS: Record<string, string> = {
  'Query.statesParties': `{ statesParties { code } }`,
  'Query.elections': `{ elections { totalCount } }`,
  'Query.election': `{ election(id: "${UNKNOWN}") { id } }`,
  'Query.candidacy': `{ candidacy(id: "${UNKNOWN}") { id } }`,
  'Query.person': `{ person(id: "${UNKNOWN}") { id } }`,
  'Query.candidacies': `{ candidacies(first: 1, filter: { name: "zz" }) { totalCount } }`,
  'Query.people': `{ people(first: 1, search: "zz") { totalCount } }`,
  'Query.auditDigest': `{ auditDigest { count } }`,
  'Query.auditDigestHistory': `{ auditDigestHistory { totalCount } }`,
  'Query.errorCodes': `{ errorCodes { code } }`,
  'Query.me': `{ me { id } }`,
  'Query.personContact': `{ personContact(id: "${UNKNOWN}") { contactEmail } }`,
  'Query.staffUsers': `{ staffUsers { id } }`,
  'Query.auditLog': `{ auditLog { totalCount } }`,
  'Mutation.login': `mutation { login(input: { email: "nobody@example.org", password: "wrong password" }) { token } }`,
  'Mutation.createStaffUser': `mutation { createStaffUser(input: { email: "new-$RANDOM@example.org", displayName: "New", password: "a long enough password", role: PANEL_MEMBER }) { id } }`,
  'Mutation.disableStaffUser': `mutation { disableStaffUser(id: "${UNKNOWN}") { id } }`,
  'Mutation.enableStaffUser': `mutation { enableStaffUser(id: "${UNKNOWN}") { id } }`,
  'Mutation.setStaffUserRole': `mutation { setStaffUserRole(input: { id: "${UNKNOWN}", role: PANEL_MEMBER }) { id } }`,
  'Query.verifyAuditChain': `{ verifyAuditChain { intact } }`,
  'Mutation.recordWithdrawal': `mutation { recordWithdrawal(code: "ZZ", notifiedOn: "2026-01-01") { code } }`,
  'Mutation.createElection': `mutation { createElection(input: { type: JUDGES, title: "Access $RANDOM", aspSession: "1st", nominationOpensOn: "2030-01-01", nominationClosesOn: "2030-03-01" }) { id } }`,
  'Mutation.updateElection': `mutation { updateElection(input: { id: "${UNKNOWN}", version: 1, title: "x y z" }) { id } }`,
  'Mutation.deleteElection': `mutation { deleteElection(input: { id: "${UNKNOWN}", version: 1 }) { id } }`,
  'Mutation.extendNominationPeriod': `mutation { extendNominationPeriod(input: { electionId: "${UNKNOWN}", closesOn: "2030-03-10", reason: "Too few" }) { id } }`,
  'Mutation.nominateCandidate': `mutation { nominateCandidate(input: { electionId: "${UNKNOWN}", nominatingState: "SN", person: { fullName: "A B", gender: FEMALE, nationality: "SN" } }) { id } }`,
  'Mutation.withdrawCandidacy': `mutation { withdrawCandidacy(input: { id: "${UNKNOWN}", reason: "Because" }) { id } }`,
  'Mutation.updatePerson': `mutation { updatePerson(input: { id: "${UNKNOWN}", version: 1, fullName: "A B" }) { id } }`,
  'Mutation.voidCandidacy': `mutation { voidCandidacy(input: { id: "${UNKNOWN}", version: 1, reason: "Mistake" }) { candidacyId } }`,
  'Mutation.importNominations': `mutation { importNominations(input: { electionId: "${UNKNOWN}", csv: "fullName\\nA B", dryRun: true }) { written } }`,
  'Query.questionnaireTemplates': `{ questionnaireTemplates { id } }`,
  'Query.questionnaire': `{ questionnaire(id: "${UNKNOWN}") { rows { status } } }`,
  'Query.invitationHelp': `{ invitationHelp { electionsTeamEmail } }`,
  'Query.myInvitation': `{ myInvitation { status } }`,
  'Mutation.createQuestionnaireTemplate': `mutation { createQuestionnaireTemplate(input: { title: "T $RANDOM", electionType: JUDGES, questions: [{ key: "q", kind: TEXT, required: true, promptEn: "Why?", promptFr: "Pourquoi ?" }] }) { id } }`,
  'Mutation.issueQuestionnaire': `mutation { issueQuestionnaire(input: { electionId: "${UNKNOWN}", templateId: "${UNKNOWN}", deadline: "2099-01-01T00:00:00Z", publishAt: "2099-02-01T00:00:00Z" }) { id } }`,
  'Mutation.sendQuestionnaire': `mutation { sendQuestionnaire(questionnaireId: "${UNKNOWN}") { invited } }`,
  'Mutation.resendInvitation': `mutation { resendInvitation(questionnaireId: "${UNKNOWN}", candidacyId: "${UNKNOWN}") { publishedAt } }`,
  'Mutation.remindNominees': `mutation { remindNominees(questionnaireId: "${UNKNOWN}") }`,
  'Mutation.publishResponses': `mutation { publishResponses(questionnaireId: "${UNKNOWN}") { id } }`,
  'Mutation.extendInvitationDeadline': `mutation { extendInvitationDeadline(input: { questionnaireId: "${UNKNOWN}", candidacyId: "${UNKNOWN}", deadline: "2099-01-01T00:00:00Z", reason: "Illness" }) { publishedAt } }`,
  'Mutation.reopenResponse': `mutation { reopenResponse(questionnaireId: "${UNKNOWN}", candidacyId: "${UNKNOWN}", reason: "Typo") { publishedAt } }`,
  'Mutation.openInvitation': `mutation { openInvitation(token: "not-a-real-invitation-token-at-all") { token } }`,
  'Mutation.saveAnswers': `mutation { saveAnswers(input: { version: 999, answers: [] }) { status } }`,
  'Mutation.submitResponse': `mutation { submitResponse(version: 999) { status } }`,
  'Mutation.declineQuestionnaire': `mutation { declineQuestionnaire(reason: "No thanks") { status } }`,
  'Query.checkBallot': `{ checkBallot(electionId: "${UNKNOWN}", round: 1, candidacyIds: []) { valid } }`,
  'Mutation.recordBallotRound': `mutation { recordBallotRound(input: { electionId: "${UNKNOWN}", round: 1, ballotPapers: 100, invalidBallots: 0, abstentions: 0, votes: [] }) { __typename } }`,
  'Mutation.recordAcclamation': `mutation { recordAcclamation(input: { electionId: "${UNKNOWN}" }) { __typename } }`,
  'Query.previewBallotRound': `{ previewBallotRound(input: { electionId: "${UNKNOWN}", round: 1, ballotPapers: 100, invalidBallots: 0, abstentions: 0, votes: [] }) { wouldRecord } }`,
  'Query.rubrics': `{ rubrics { key } }`,
  'Query.panel': `{ panel(id: "${UNKNOWN}") { id } }`,
  'Query.panelInterview': `{ panelInterview(id: "${UNKNOWN}") { id } }`,
  'Query.panels': `{ panels(electionId: "${UNKNOWN}") { id } }`,
  'Query.myPanels': `{ myPanels { id } }`,
  'Query.panelMemberAccounts': `{ panelMemberAccounts { id } }`,
  'Mutation.createPanel': `mutation { createPanel(input: { name: "Access $RANDOM", kind: CUSTOM, electionIds: ["${UNKNOWN}"], rubricKey: "judges-default" }) { id } }`,
  'Mutation.addPanelMember': `mutation { addPanelMember(input: { panelId: "${UNKNOWN}", fullName: "A B", nationality: "FR", role: MEMBER }) { id } }`,
  'Mutation.recuse': `mutation { recuse(input: { panelId: "${UNKNOWN}", candidacyId: "${UNKNOWN}", reason: "Former colleague" }) { ground } }`,
  'Mutation.scheduleInterview': `mutation { scheduleInterview(input: { panelId: "${UNKNOWN}", candidacyId: "${UNKNOWN}", scheduledAt: "2030-01-01T10:00:00Z", mode: VIDEO }) { id } }`,
  'Mutation.cancelInterview': `mutation { cancelInterview(input: { id: "${UNKNOWN}", version: 1, status: CANCELLED }) { id } }`,
  'Mutation.recordInterview': `mutation { recordInterview(input: { id: "${UNKNOWN}", version: 1, heldAt: "2020-01-01T10:00:00Z", durationMinutes: 60, membersPresent: ["${UNKNOWN}"], publicSummary: "Held." }) { id } }`,
  'Mutation.recordAssessment': `mutation { recordAssessment(input: { interviewId: "${UNKNOWN}", scores: [{ criterionKey: "moral_character", rating: "MEETS", reasoning: "Clear." }] }) { id } }`,
  'Mutation.reopenAssessment': `mutation { reopenAssessment(input: { assessmentId: "${UNKNOWN}", version: 1, reason: "Misread the scale." }) { id } }`,
  'Mutation.recordConclusion': `mutation { recordConclusion(input: { interviewId: "${UNKNOWN}", version: 1, overall: "QUALIFIED", criteria: [{ criterionKey: "moral_character", rating: "MEETS" }] }) { id } }`,
  'Mutation.recordDissent': `mutation { recordDissent(input: { interviewId: "${UNKNOWN}", text: "I disagree.", consentToBeNamed: false }) { text } }`,
  'Mutation.publishInterview': `mutation { publishInterview(input: { id: "${UNKNOWN}", version: 1 }) { id } }`,
  'Query.discussion': `{ discussion(id: "${UNKNOWN}") { id } }`,
  'Query.myDiscussions': `{ myDiscussions { discussionId answer } }`,
  'Mutation.createDiscussion': `mutation { createDiscussion(input: { electionId: "${UNKNOWN}", title: "Access $RANDOM", startsAt: "2099-01-01T17:00:00Z", timeZone: "Europe/Amsterdam", onlineUrl: "https://example.org/live", languages: [EN], candidacyIds: [] }) { id } }`,
  'Mutation.updateDiscussion': `mutation { updateDiscussion(input: { id: "${UNKNOWN}", version: 1, title: "x y z" }) { id } }`,
  'Mutation.cancelDiscussion': `mutation { cancelDiscussion(input: { id: "${UNKNOWN}", version: 1, reason: "Moderator ill" }) { id } }`,
  'Mutation.recordDiscussion': `mutation { recordDiscussion(input: { id: "${UNKNOWN}", version: 1, summary: "Held.", questions: [] }) { id } }`,
  'Mutation.publishDiscussion': `mutation { publishDiscussion(input: { id: "${UNKNOWN}", version: 1 }) { id } }`,
  'Mutation.openDiscussionInvitation': `mutation { openDiscussionInvitation(token: "d.not-a-real-discussion-code-at-all") { token } }`,
  'Mutation.answerDiscussionInvitation': `mutation { answerDiscussionInvitation(input: { discussionId: "${UNKNOWN}", accept: true }) { answer } }`,
  'Query.outreachRecords': `{ outreachRecords(stateCode: "ZZ") { id } }`,
  'Mutation.recordOutreach': `mutation { recordOutreach(input: { electionId: "${UNKNOWN}", stateCode: "GH", contactedOn: "2020-01-01", channel: LETTER }) { id } }`,
  'Mutation.updateOutreach': `mutation { updateOutreach(input: { id: "${UNKNOWN}", version: 1, outcome: "Will consider" }) { id } }`,
};

/** Subscriptions, probed over the WebSocket path (graphql-ws, token in connectionParams), and the channel each listens on. */
const SUBSCRIPTIONS: Record<string, { document: string; channel: Channel }> = {
  'Subscription.slateFlagChanged': {
    document: `subscription { slateFlagChanged(electionId: "${UNKNOWN}") { electionId } }`,
    channel: 'slate_flag_changed',
  },
  'Subscription.ballotRoundRecorded': {
    document: `subscription { ballotRoundRecorded(electionId: "${UNKNOWN}") { number } }`,
    channel: 'ballot_round_recorded',
  },
  'Subscription.responseSubmitted': {
    document: `subscription { responseSubmitted(questionnaireId: "${UNKNOWN}") { status } }`,
    channel: 'response_submitted',
  },
};

/** Row counts of every table: a refused call must leave them all as they were. */
async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.dataSource.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await t.dataSource.query<[{ n: string }]>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(n);
  }
  return counts;
}

describe('access, operation by operation and caller by caller', () => {
  let t: TestApp;
  const tokens: Partial<Record<Caller, string>> = {};
  let listening = false;

  beforeAll(async () => {
    t = await createTestApp();
    tokens.NOMINEE = await nomineeToken(t);
    tokens.PANEL_MEMBER = await t.tokenFor(StaffRole.PANEL_MEMBER);
    tokens.ELECTIONS_OFFICER = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    tokens.ADMIN = await t.tokenFor(StaffRole.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  function rootOperations(): string[] {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );
  }

  it('has a policy row and a test document for every operation, and nothing else', () => {
    const ops = rootOperations()
      .filter((op) => !op.startsWith('Subscription.'))
      .sort();
    expect(
      Object.keys(ACCESS_POLICY)
        .filter((op) => !op.startsWith('Subscription.'))
        .sort(),
    ).toEqual(ops);
    expect(Object.keys(DOCUMENTS).sort()).toEqual(ops);
    const subscriptions = rootOperations()
      .filter((op) => op.startsWith('Subscription.'))
      .sort();
    expect(
      Object.keys(ACCESS_POLICY)
        .filter((op) => op.startsWith('Subscription.'))
        .sort(),
    ).toEqual(subscriptions);
    expect(Object.keys(SUBSCRIPTIONS).sort()).toEqual(subscriptions);
  });

  // Fails closed: an operation with neither @Public() nor @Roles() lets nobody in, which no row allows.
  it("each resolver's marks say exactly what the policy table says", () => {
    expect(Object.values(ACCESS_POLICY).every((callers) => callers.length > 0)).toBe(true);
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    const marks: Record<string, Caller[]> = {};
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const method = proto[name] as () => unknown;
        const kind = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        const op = `${kind}.${(Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? name}`;
        const targets = [method, instance.constructor];
        marks[op] = callersFor(
          reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
          reflector.getAllAndOverride<Access[] | undefined>(ROLES, targets),
        );
      }
    }
    expect(marks).toEqual(Object.fromEntries(Object.entries(ACCESS_POLICY).map(([op, callers]) => [op, [...callers]])));
  });

  const cases = Object.keys(DOCUMENTS).flatMap((op) => CALLERS.map((caller) => [op, caller] as const));

  it.each(cases)('%s as %s matches the policy', async (op, caller) => {
    const allowed = ACCESS_POLICY[op].includes(caller);
    const before = allowed ? null : await tableCounts(t);
    const doc = DOCUMENTS[op].replace('$RANDOM', randomUUID().slice(0, 8));
    const res = await t.gql(doc, {}, { as: tokens[caller] });
    expect(res.status).toBeLessThan(500);
    const code = res.errors?.[0]?.extensions.code;
    if (allowed) {
      // Exchanging a (here wrong) credential answers UNAUTHENTICATED by design; access was still granted.
      const refusals = CREDENTIAL_EXCHANGES.has(op) ? ['FORBIDDEN'] : ['UNAUTHENTICATED', 'FORBIDDEN'];
      expect([...refusals, 'INTERNAL_SERVER_ERROR']).not.toContain(code);
    } else {
      expect(code).toBe(caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(res.data?.[op.split('.')[1]] ?? null).toBeNull();
      expect(await tableCounts(t)).toEqual(before);
    }
  });

  const subscriptionCases = Object.keys(SUBSCRIPTIONS).flatMap((op) => CALLERS.map((caller) => [op, caller] as const));

  // Admitted: the server starts listening for the caller, or answers with anything but a refusal.
  it.each(subscriptionCases)('%s as %s over WebSocket matches the policy', async (op, caller) => {
    const { document, channel } = SUBSCRIPTIONS[op];
    if (!listening) {
      await t.app.listen(0, '127.0.0.1');
      listening = true;
    }
    const url = `${(await t.app.getUrl()).replace(/^http/, 'ws')}/graphql`;
    const token = tokens[caller];
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    const notifications = t.app.get(NotificationsService);
    const before = notifications.subscriberCount(channel);
    try {
      const outcome = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          if (notifications.subscriberCount(channel) > before) done('LISTENING');
        }, 20);
        const done = (value: string) => {
          clearInterval(timer);
          resolve(value);
        };
        client.subscribe(
          { query: document },
          {
            next: (result) => {
              const code = result.errors?.[0]?.extensions?.code;
              done(typeof code === 'string' ? code : 'DATA');
            },
            error: (error) =>
              Array.isArray(error)
                ? done(String((error as { extensions?: { code?: string } }[])[0]?.extensions?.code))
                : reject(error instanceof Error ? error : new Error(String(error))),
            complete: () => done('COMPLETE'),
          },
        );
        setTimeout(() => {
          clearInterval(timer);
          reject(new Error('no answer within 10 s'));
        }, 10_000).unref();
      });
      if (ACCESS_POLICY[op].includes(caller)) {
        expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']).not.toContain(outcome);
      } else {
        expect(outcome).toBe(caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    } finally {
      await client.dispose();
      // The server drops the subscriber when it sees the socket close: wait, so the next case counts from here.
      const deadline = Date.now() + 5_000;
      while (notifications.subscriberCount(channel) > before && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
});
