import { randomUUID } from 'node:crypto';
import { StaffRole } from '../../src/common/domain.enums.js';
import type { GqlResponse, TestApp } from './test-app.js';

/** The criteria of the default rubric for judges (judges-default). */
export const JUDGE_CRITERIA = [
  'moral_character',
  'highest_judicial_office',
  'legal_competence',
  'relevant_experience',
  'language_fluency',
  'violence_against_women_children',
];

export interface InterviewOptions {
  /** Publish it once concluded (observers see it). */
  readonly publish: boolean;
  readonly panelName?: string;
  readonly publicSummary?: string;
  readonly privateNotes?: string;
  readonly reasoning?: string;
}

function ok<T>(res: GqlResponse<T>): T {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/**
 * As the team and a panel do it through the API: a panel of one (the chair) holds, scores and
 * concludes (QUALIFIED) an interview of the candidacy, and the officer publishes it when asked.
 */
export async function heldInterview(
  t: TestApp,
  officer: string,
  electionId: string,
  candidacyId: string,
  options: InterviewOptions,
): Promise<string> {
  const gql = async <T>(doc: string, input: Record<string, unknown>, as = officer) =>
    ok(await t.gql<T>(doc, { input }, { as }));
  const panel = await gql<{ createPanel: { id: string } }>(
    `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
    {
      name: options.panelName ?? `Advisory Committee ${randomUUID().slice(0, 4)}`,
      kind: 'ADVISORY_COMMITTEE',
      electionIds: [electionId],
      rubricKey: 'judges-default',
    },
  );
  const chairToken = await t.tokenFor(StaffRole.PANEL_MEMBER);
  const me = ok(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { as: chairToken }));
  const chair = await gql<{ addPanelMember: { id: string } }>(
    `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { id } }`,
    { panelId: panel.createPanel.id, fullName: 'Chair BR', nationality: 'BR', role: 'CHAIR', staffUserId: me.me.id },
  );
  const scheduled = await gql<{ scheduleInterview: { id: string; version: number } }>(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id version } }`,
    { panelId: panel.createPanel.id, candidacyId, scheduledAt: '2026-01-10T10:00:00Z', mode: 'VIDEO' },
  );
  const id = scheduled.scheduleInterview.id;
  const held = await gql<{ recordInterview: { version: number } }>(
    `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { version } }`,
    {
      id,
      version: scheduled.scheduleInterview.version,
      heldAt: '2026-01-10T10:00:00Z',
      durationMinutes: 60,
      membersPresent: [chair.addPanelMember.id],
      publicSummary: options.publicSummary ?? 'Held by video.',
      privateNotes: options.privateNotes ?? 'Private notes of the panel.',
    },
    chairToken,
  );
  await gql(
    `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
    {
      interviewId: id,
      scores: JUDGE_CRITERIA.map((criterionKey) => ({
        criterionKey,
        rating: 'MEETS',
        reasoning: options.reasoning ?? 'Reasoning of the chair.',
      })),
    },
    chairToken,
  );
  const concluded = await gql<{ recordConclusion: { version: number } }>(
    `mutation($input: RecordConclusionInput!) { recordConclusion(input: $input) { version } }`,
    {
      interviewId: id,
      version: held.recordInterview.version,
      overall: 'QUALIFIED',
      criteria: JUDGE_CRITERIA.map((criterionKey) => ({ criterionKey, rating: 'MEETS' })),
    },
    chairToken,
  );
  if (options.publish) {
    await gql(`mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { id } }`, {
      id,
      version: concluded.recordConclusion.version,
    });
  }
  return id;
}
