// Builds the benchmark's data through the services (their rules, versions and audit entries apply),
// in-process: much faster than over HTTP, and nothing a hand-written INSERT could skip.
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Author, systemAuthor } from '../src/common/author.js';
import {
  ElectionStatus,
  ElectionType,
  Gender,
  JudgeList,
  NominationProcedure,
  StaffRole,
} from '../src/common/domain.enums.js';
import type { Actor } from '../src/common/request-context.js';
import { addDays } from '../src/common/scalars/local-date.scalar.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { StaffUsersService } from '../src/modules/auth/staff-users.service.js';
import { CandidaciesService } from '../src/modules/candidacies/candidacies.service.js';
import { ElectionsService } from '../src/modules/elections/elections.service.js';
import { InterviewMode, PanelKind, PanelMemberRole } from '../src/modules/interviews/interviews.enums.js';
import { InterviewsService } from '../src/modules/interviews/interviews.service.js';
import { PanelsService } from '../src/modules/interviews/panels.service.js';
import { NomineeService } from '../src/modules/questionnaires/nominee.service.js';
import { QuestionnairesService } from '../src/modules/questionnaires/questionnaires.service.js';

const AUTHOR: Author = systemAuthor('bench');
export const CANDIDACIES_PER_ELECTION = 20;
export const QUESTIONS = 25;
const PANEL_NATIONALITY = 'BR';
const PASSWORD = 'bench password, not a secret';

/** About 600 characters: 25 of them make the 15 KB of answers a candidacy carries in the issue's data. */
const ANSWER = (
  'The candidate has served for many years as a judge of the highest criminal court of the country, presiding ' +
  'over complex trials involving crimes against humanity, and has taught international criminal law. '
).repeat(3);

export interface Services {
  readonly dataSource: DataSource;
  readonly elections: ElectionsService;
  readonly candidacies: CandidaciesService;
  readonly questionnaires: QuestionnairesService;
  readonly nominee: NomineeService;
  readonly panels: PanelsService;
  readonly interviews: InterviewsService;
  readonly users: StaffUsersService;
  readonly auth: AuthService;
}

export function services(app: INestApplication): Services {
  return {
    dataSource: app.get(DataSource),
    elections: app.get(ElectionsService),
    candidacies: app.get(CandidaciesService),
    questionnaires: app.get(QuestionnairesService),
    nominee: app.get(NomineeService),
    panels: app.get(PanelsService),
    interviews: app.get(InterviewsService),
    users: app.get(StaffUsersService),
    auth: app.get(AuthService),
  };
}

const today = () => new Date().toISOString().slice(0, 10);

/** Runs `task` over `items` with at most `width` at a time (the services serialise what must be). */
async function inParallel<T, R>(
  items: readonly T[],
  width: number,
  task: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** States Parties today, the panel member's own left out (a member is recused from their compatriots). */
export async function nominatingStates(s: Services): Promise<string[]> {
  const rows = await s.dataSource.query<{ code: string }[]>(
    `SELECT code FROM state_party WHERE left_on IS NULL AND joined_on <= now() AND code <> $1 ORDER BY code`,
    [PANEL_NATIONALITY],
  );
  return rows.map((r) => r.code);
}

let people = 0;

/** A judicial election open for nominations; `opensDaysAgo` orders the list (most recent first). */
export async function openElection(s: Services, title: string, opensDaysAgo: number): Promise<string> {
  const created = await s.elections.create(
    {
      type: ElectionType.JUDGES,
      title,
      aspSession: '25th session',
      seats: 6,
      nominationOpensOn: addDays(today(), -opensDaysAgo),
      nominationClosesOn: addDays(today(), 60),
    },
    AUTHOR,
  );
  const open = await s.elections.update(
    { id: created.id, version: created.version, status: ElectionStatus.NOMINATIONS_OPEN },
    AUTHOR,
  );
  return open.id;
}

export function nominationInput(electionId: string, state: string): Parameters<CandidaciesService['nominate']>[0] {
  people += 1;
  return {
    electionId,
    nominatingState: state,
    list: people % 2 ? JudgeList.A : JudgeList.B,
    nominationProcedure: NominationProcedure.HIGHEST_JUDICIAL_OFFICES,
    person: {
      fullName: `Candidate Number ${people}`,
      gender: people % 2 ? Gender.FEMALE : Gender.MALE,
      nationality: state,
      otherNationalities: [],
      languages: ['en', 'fr'],
      biography: biography(people),
      contactEmail: `candidate${people}@example.org`,
    },
  };
}

/**
 * A biography as long as the statements of qualifications the Assembly publishes (about 3,400
 * characters): a list that shows names must not pay for them.
 */
function biography(n: number): string {
  const years = Array.from(
    { length: 40 },
    (_, i) => `Year ${1980 + i}: judge, professor and author of studies on international criminal law (${n * 7 + i}).`,
  );
  return `Candidate ${n}: ${years.join(' ')}`;
}
async function nominateAll(s: Services, electionId: string, states: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const state of states.slice(0, CANDIDACIES_PER_ELECTION)) {
    ids.push((await s.candidacies.nominate(nominationInput(electionId, state), AUTHOR)).id);
  }
  return ids;
}

/** The personal code in a queued invitation mail (wrapped in secret marks until sent). */
function codeIn(text: string): string {
  const match = /personal code: \u2045?([^\s\u2046]+)/.exec(text);
  if (!match?.[1]) throw new Error('no code in the invitation mail');
  return match[1];
}

export interface Nominee {
  readonly candidacyId: string;
  readonly actor: Actor;
  /** The raw code from the mail, for openInvitation. */
  readonly code: string;
}

async function invited(s: Services, questionnaireId: string): Promise<Nominee[]> {
  const rows = await s.dataSource.query<{ candidacy_id: string; invitation_id: string; text_body: string }[]>(
    `SELECT i.candidacy_id, i.id AS invitation_id, m.text_body
       FROM invitation i JOIN mail_message m ON m.invitation_id = i.id
      WHERE i.questionnaire_id = $1 AND i.revoked_at IS NULL ORDER BY i.candidacy_id`,
    [questionnaireId],
  );
  return rows.map((r) => ({
    candidacyId: r.candidacy_id,
    actor: { kind: 'nominee', candidacyId: r.candidacy_id, invitationId: r.invitation_id },
    code: codeIn(r.text_body),
  }));
}

export const answersInput = (suffix = '') =>
  Array.from({ length: QUESTIONS }, (_, i) => ({
    key: `q${String(i + 1).padStart(2, '0')}`,
    text: `${ANSWER}${suffix}`,
  }));

export interface Staff {
  readonly officerToken: string;
  readonly panelMember: { readonly userId: string; readonly actor: Actor };
  readonly templateId: string;
  readonly criteria: readonly string[];
}

/** The staff and the template every later step uses. */
export async function staff(s: Services): Promise<Staff> {
  const officerEmail = 'officer@bench.example.org';
  await s.users.create(
    { email: officerEmail, password: PASSWORD, role: StaffRole.ELECTIONS_OFFICER, displayName: 'Bench officer' },
    AUTHOR,
  );
  const member = await s.users.create(
    { email: 'panel@bench.example.org', password: PASSWORD, role: StaffRole.PANEL_MEMBER, displayName: 'Bench panel' },
    AUTHOR,
  );
  const { token } = await s.auth.login(officerEmail, PASSWORD);
  const template = await s.questionnaires.createTemplate(
    {
      title: 'Questionnaire for judicial candidates',
      electionType: ElectionType.JUDGES,
      questions: Array.from({ length: QUESTIONS }, (_, i) => ({
        key: `q${String(i + 1).padStart(2, '0')}`,
        kind: 'TEXT' as const,
        required: true,
        promptEn: `Question ${i + 1}: how do you meet the requirements of article 36(3)?`,
        promptFr: `Question ${i + 1} : comment remplissez-vous les conditions de l'article 36(3) ?`,
        maxLength: 4000,
      })),
    },
    AUTHOR,
  );
  const [rubric] = await s.dataSource.query<{ criteria: { key: string }[] }[]>(
    `SELECT criteria FROM rubric WHERE key = 'judges-default'`,
  );
  return {
    officerToken: token,
    panelMember: { userId: member.id, actor: { kind: 'staff', userId: member.id, role: StaffRole.PANEL_MEMBER } },
    templateId: template.id,
    criteria: rubric.criteria.map((c) => c.key),
  };
}

/** Issues the questionnaire for an election and sends it: one invitation per nominee. */
export async function issueAndSend(
  s: Services,
  st: Staff,
  electionId: string,
): Promise<{ questionnaireId: string; nominees: Nominee[] }> {
  const now = Date.now();
  const q = await s.questionnaires.issue(
    {
      electionId,
      templateId: st.templateId,
      deadline: new Date(now + 3600_000),
      publishAt: new Date(now + 2 * 3600_000),
    },
    AUTHOR,
  );
  await s.questionnaires.send(q.id, AUTHOR);
  return { questionnaireId: q.id, nominees: await invited(s, q.id) };
}

/**
 * One fully vetted election: 20 nominations, every nominee's 25 answers submitted and published,
 * one published interview each.
 */
async function vettedElection(s: Services, st: Staff, title: string, opensDaysAgo: number, states: readonly string[]) {
  const electionId = await openElection(s, title, opensDaysAgo);
  const candidacyIds = await nominateAll(s, electionId, states);
  const { questionnaireId, nominees } = await issueAndSend(s, st, electionId);
  for (const n of nominees) {
    const saved = await s.nominee.save(n.actor, AUTHOR, 0, answersInput());
    await s.nominee.submit(n.actor, AUTHOR, saved.version);
  }
  await s.questionnaires.publish(questionnaireId, false, AUTHOR);
  const panel = await s.panels.createPanel(
    {
      name: `Advisory Committee on Nominations (${title})`,
      kind: PanelKind.ADVISORY_COMMITTEE,
      electionIds: [electionId],
      rubricKey: 'judges-default',
    },
    AUTHOR,
  );
  const chair = await s.panels.addMember(
    {
      panelId: panel.id,
      fullName: 'Chair of the panel',
      nationality: PANEL_NATIONALITY,
      role: PanelMemberRole.CHAIR,
      staffUserId: st.panelMember.userId,
    },
    AUTHOR,
  );
  const heldAt = new Date(Date.now() - 86_400_000);
  for (const candidacyId of candidacyIds) {
    const scheduled = await s.interviews.schedule(
      { panelId: panel.id, candidacyId, scheduledAt: heldAt, mode: InterviewMode.VIDEO },
      AUTHOR,
    );
    const held = await s.interviews.record(
      {
        id: scheduled.id,
        version: scheduled.version,
        heldAt,
        durationMinutes: 60,
        membersPresent: [chair.id],
        publicSummary:
          'The panel interviewed the candidate for an hour on their experience and their knowledge of the Statute.',
      },
      st.panelMember.actor,
      AUTHOR,
    );
    const concluded = await s.interviews.conclude(
      {
        interviewId: held.id,
        version: held.version,
        overall: 'QUALIFIED',
        criteria: st.criteria.map((criterionKey) => ({ criterionKey, rating: 'MEETS_FULLY' })),
      },
      st.panelMember.actor,
      AUTHOR,
    );
    await s.interviews.publish({ id: concluded.id, version: concluded.version }, AUTHOR);
  }
  return { electionId, candidacyIds };
}

/** 1×: ten vetted elections of twenty candidacies. */
export async function buildBase(s: Services, st: Staff): Promise<{ electionIds: string[]; candidacyIds: string[] }> {
  const states = await nominatingStates(s);
  const built = await inParallel(
    Array.from({ length: 10 }, (_, i) => i),
    4,
    (i) =>
      vettedElection(
        s,
        st,
        `Election of six judges no. ${i + 1}`,
        30 + i,
        states.slice(i, i + CANDIDACIES_PER_ELECTION),
      ),
  );
  return { electionIds: built.map((b) => b.electionId), candidacyIds: built.flatMap((b) => b.candidacyIds) };
}

/**
 * 100×: up to `total` elections of twenty nominations each (the list shows names and counts, so the
 * rows that matter to it; their questionnaires and interviews would only lengthen the set-up).
 */
export async function growTo(
  s: Services,
  total: number,
  existing: number,
  budgetMs: number,
  onProgress: (done: number) => void,
): Promise<number> {
  const states = await nominatingStates(s);
  const until = Date.now() + budgetMs;
  let done = 0;
  // Bounded in time: on a slow machine the run reports the scale it reached rather than taking an hour.
  await inParallel(
    Array.from({ length: total - existing }, (_, i) => i),
    4,
    async (i) => {
      if (Date.now() > until) return;
      // Opened more recently than the 1× elections: the list's first page shows these.
      const electionId = await openElection(s, `Election of the judges (archive no. ${i + 1})`, 1 + (i % 28));
      await nominateAll(s, electionId, states.slice(i % 40, (i % 40) + CANDIDACIES_PER_ELECTION));
      done += 1;
      if (done % 50 === 0) onProgress(done);
    },
  );
  return existing + done;
}

/** Nominees with a draft, one per connection of the saveAnswers case (each keeps its own version). */
export async function draftNominees(s: Services, st: Staff, count: number): Promise<Nominee[]> {
  const states = await nominatingStates(s);
  const electionId = await openElection(s, 'Election for the write benchmark (answers)', 90);
  await nominateAll(s, electionId, states.slice(0, count));
  return (await issueAndSend(s, st, electionId)).nominees;
}

/** Elections open for the nomination case, and the (election, State) pairs it can use once each. */
export async function nominationSlots(
  s: Services,
  elections: number,
): Promise<{ electionId: string; state: string }[]> {
  const states = await nominatingStates(s);
  const slots: { electionId: string; state: string }[] = [];
  for (let i = 0; i < elections; i += 1) {
    const electionId = await openElection(s, `Election for the write benchmark (nominations) no. ${i + 1}`, 90);
    for (const state of states) slots.push({ electionId, state });
  }
  return slots;
}
