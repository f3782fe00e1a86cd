/// <reference lib="dom" />
import { gzipSync } from 'node:zlib';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { StaffRole } from '../../../src/common/domain.enums.js';
import { DATA_CHANGED_CHANNEL } from '../../../src/common/graphql/response-cache.js';
import { nominate, openElection } from '../../support/factories.js';
import { linkIn } from '../../support/questionnaire-factories.js';
import type { WebServer } from './web-server.js';

/** One question of every kind the page shows. */
export const EVERY_KIND = [
  {
    key: 'statement',
    kind: 'TEXT',
    required: true,
    promptEn: 'Why do you seek election to the Court?',
    promptFr: 'Pourquoi vous présentez-vous à l’élection à la Cour ?',
    maxLength: 300,
  },
  {
    key: 'conflict',
    kind: 'YES_NO',
    required: true,
    promptEn: 'Do you have any conflict of interest?',
    promptFr: 'Avez-vous un conflit d’intérêts ?',
  },
  {
    key: 'list',
    kind: 'SINGLE_CHOICE',
    required: true,
    promptEn: 'Which list of candidates are you on?',
    promptFr: 'Sur quelle liste de candidats figurez-vous ?',
    options: [
      { key: 'a', labelEn: 'List A (criminal law)', labelFr: 'Liste A (droit pénal)' },
      { key: 'b', labelEn: 'List B (international law)', labelFr: 'Liste B (droit international)' },
    ],
  },
  {
    key: 'languages',
    kind: 'MULTI_CHOICE',
    required: false,
    promptEn: 'Working languages of the Court you speak fluently',
    promptFr: 'Langues de travail de la Cour que vous parlez couramment',
    options: [
      { key: 'en', labelEn: 'English', labelFr: 'Anglais' },
      { key: 'fr', labelEn: 'French', labelFr: 'Français' },
    ],
  },
  {
    key: 'notes',
    kind: 'TEXT',
    required: false,
    promptEn: 'Anything else you wish to add',
    promptFr: 'Autre chose à ajouter',
  },
];

export interface Invited {
  readonly questionnaireId: string;
  readonly candidacyId: string;
  readonly email: string;
  readonly officer: string;
  /** The link from the mail the nominee received (`PUBLIC_URL/invitation#<code>`). */
  readonly link: string;
}

let nominees = 0;

/**
 * As the elections team does it through the API: an election, one nominee, a questionnaire with
 * every kind of question, sent; then the invitation read from the real outbox.
 */
export async function inviteNominee(
  server: WebServer,
  state: string,
  options: { deadline?: Date; publishAt?: Date } = {},
): Promise<Invited> {
  nominees += 1;
  const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
  const election = await openElection(server, officer, { title: `Election of six judges ${nominees}` });
  const email = `nominee-${nominees}-${state.toLowerCase()}@example.org`;
  const candidacy = await nominate(server, officer, election.id, state, { contactEmail: email });
  const template = await server.gql<{ createQuestionnaireTemplate: { id: string } }>(
    `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
    {
      input: {
        title: 'Questionnaire for judicial candidates',
        titleFr: 'Questionnaire aux candidats aux fonctions de juge',
        electionType: 'JUDGES',
        questions: EVERY_KIND,
      },
    },
    { as: officer },
  );
  if (!template.data) throw new Error(JSON.stringify(template.errors));
  const deadline = options.deadline ?? new Date(Date.now() + 14 * 86_400_000);
  const issued = await server.gql<{ issueQuestionnaire: { id: string } }>(
    `mutation($input: IssueQuestionnaireInput!) { issueQuestionnaire(input: $input) { id } }`,
    {
      input: {
        electionId: election.id,
        templateId: template.data.createQuestionnaireTemplate.id,
        deadline: deadline.toISOString(),
        publishAt: (options.publishAt ?? new Date(deadline.getTime() + 7 * 86_400_000)).toISOString(),
      },
    },
    { as: officer },
  );
  if (!issued.data) throw new Error(JSON.stringify(issued.errors));
  const questionnaireId = issued.data.issueQuestionnaire.id;
  const sent = await server.gql(
    `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
    { id: questionnaireId },
    { as: officer },
  );
  if (sent.errors) throw new Error(JSON.stringify(sent.errors));
  const mail = await server.waitForMail(email, /personal page/);
  return { questionnaireId, candidacyId: candidacy.id, email, officer, link: linkIn(mail.text) };
}

/** The answers the server holds for this nominee (as staff see them through the API). */
export async function savedAnswers(server: WebServer, invited: Invited): Promise<Record<string, unknown>> {
  const rows = await server.dataSource.query<{ answers: Record<string, unknown>; status: string }[]>(
    `SELECT answers, status FROM response WHERE questionnaire_id = $1 AND candidacy_id = $2`,
    [invited.questionnaireId, invited.candidacyId],
  );
  return { ...rows[0]?.answers, status: rows[0]?.status };
}

/**
 * Waits until the server holds these answers (the page saves by itself, a moment after typing):
 * checked now, then again on each write the server commits (it notifies DATA_CHANGED_CHANNEL), until
 * `timeoutMs` has passed.
 */
export async function eventuallySaved(
  server: WebServer,
  invited: Invited,
  expected: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<void> {
  const listener = new pg.Client({ connectionString: server.databaseUrl });
  await listener.connect();
  let wake = () => {};
  listener.on('notification', () => wake());
  let deadline: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (deadline = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    await listener.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
    for (;;) {
      // Armed before reading, so a write committed while we read is not missed.
      const written = new Promise<'written'>((resolve) => (wake = () => resolve('written')));
      const saved = await savedAnswers(server, invited);
      try {
        expect(saved).toMatchObject(expected);
        return;
      } catch {
        if ((await Promise.race([written, timedOut])) === 'timeout') {
          // A last look: the error then says what the server holds at the deadline.
          expect(await savedAnswers(server, invited)).toMatchObject(expected);
          return;
        }
      }
    }
  } finally {
    clearTimeout(deadline);
    await listener.end();
  }
}

/**
 * Makes this tab's session expire as two hours would: from now on its requests carry the same
 * session's token, signed two hours earlier, which the real server refuses as expired. (The server
 * checks a token's expiry against the wall clock, so moving the TestClock does not age it.)
 * A session opened afterwards is left alone.
 */
export async function expireSession(page: Page, server: WebServer): Promise<void> {
  const stored = await page.evaluate(() => sessionStorage.getItem('icc-vetting.nominee.session'));
  if (!stored) throw new Error('no nominee session in this tab');
  const { token } = JSON.parse(stored) as { token: string };
  const { typ, sub, inv } = jwt.decode(token) as { typ: string; sub: string; inv: string };
  const now = Math.floor(Date.now() / 1000);
  const expired = jwt.sign({ typ, sub, inv, iat: now - 3 * 3600, exp: now - 3600 }, server.config.jwtSecret, {
    algorithm: 'HS256',
    issuer: 'icc-vetting',
  });
  await page.route('**/graphql', (route) => {
    const headers = route.request().headers();
    if (headers.authorization !== `Bearer ${token}`) return route.fallback();
    return route.fallback({ headers: { ...headers, authorization: `Bearer ${expired}` } });
  });
}

/** Gzipped bytes of the JavaScript and CSS a page loads, recorded from its responses. */
export function recordScriptWeight(page: Page): { files: Map<string, number>; total: () => number } {
  const files = new Map<string, number>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!/\.(js|mjs|css)$/.test(url.pathname)) return;
    void response
      .body()
      .then((body) => files.set(url.pathname, gzipSync(body).length))
      .catch(() => undefined);
  });
  return { files, total: () => [...files.values()].reduce((a, b) => a + b, 0) };
}
