import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from './factories.js';
import type { TestApp } from './test-app.js';

export const TEMPLATE_QUESTIONS = [
  {
    key: 'qualifications',
    kind: 'TEXT',
    required: true,
    promptEn: 'How do you meet art. 36(3)?',
    promptFr: "Comment remplissez-vous l'art. 36(3) ?",
    maxLength: 2000,
  },
  {
    key: 'conflict',
    kind: 'YES_NO',
    required: true,
    promptEn: 'Any conflict of interest?',
    promptFr: "Un conflit d'intérêts ?",
  },
  {
    key: 'languages',
    kind: 'MULTI_CHOICE',
    required: false,
    promptEn: 'Working languages',
    promptFr: 'Langues de travail',
    options: [
      { key: 'en', labelEn: 'English', labelFr: 'Anglais' },
      { key: 'fr', labelEn: 'French', labelFr: 'Français' },
    ],
  },
];

/** Officer-side set-up: a judicial election with nominees, a template, an issued questionnaire. */
export async function issuedQuestionnaire(
  t: TestApp,
  officer: string,
  options: { nominees?: string[]; deadline?: Date; publishAt?: Date; titleFr?: string } = {},
): Promise<{ electionId: string; questionnaireId: string; candidacyIds: string[] }> {
  const election = await openElection(t, officer);
  const candidacyIds: string[] = [];
  for (const state of options.nominees ?? ['SN']) {
    candidacyIds.push(
      (await nominate(t, officer, election.id, state, { contactEmail: `nominee-${state.toLowerCase()}@example.org` }))
        .id,
    );
  }
  const template = await t.gql<{ createQuestionnaireTemplate: { id: string } }>(
    `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
    {
      input: {
        title: 'Questionnaire for judicial candidates',
        titleFr: options.titleFr,
        electionType: 'JUDGES',
        questions: TEMPLATE_QUESTIONS,
      },
    },
    { as: officer },
  );
  if (!template.data) throw new Error(JSON.stringify(template.errors));
  const deadline = options.deadline ?? new Date(t.clock.now().getTime() + 14 * 86_400_000);
  const issued = await t.gql<{ issueQuestionnaire: { id: string } }>(
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
  return { electionId: election.id, questionnaireId: issued.data.issueQuestionnaire.id, candidacyIds };
}

/** The personal code in a queued or delivered invitation text. */
export function tokenIn(text: string): string {
  // Queued mail wraps the code in secret marks (removed when sent).
  const match = /personal code: \u2045?([^\s\u2046]+)/.exec(text);
  if (!match?.[1]) throw new Error('no code in the mail');
  return match[1];
}

/** The link to the nominee's page in a queued or delivered invitation text (`PUBLIC_URL/invitation#<code>`). */
export function linkIn(text: string): string {
  const match = /personal page: \u2045?([^\s\u2046]+)/.exec(text);
  if (!match?.[1]) throw new Error('no link in the mail');
  return match[1];
}

/** A real nominee session: issue, send, read the code from the outbox, open the invitation. */
export async function nomineeToken(t: TestApp): Promise<string> {
  const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['GH'] });
  await t.gql(
    `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
    { id: questionnaireId },
    { as: officer },
  );
  const [mail] = await t.dataSource.query<{ text_body: string }[]>(
    `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1`,
    [questionnaireId],
  );
  const opened = await t.gql<{ openInvitation: { token: string } }>(
    `mutation($token: String!) { openInvitation(token: $token) { token } }`,
    { token: tokenIn(mail.text_body) },
  );
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return opened.data.openInvitation.token;
}
