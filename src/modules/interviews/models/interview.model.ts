import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InterviewMode, InterviewStatus, InterviewTask, PanelKind } from '../interviews.enums.js';
import { RecusalModel } from './panel.model.js';
import type { AssessmentEntity } from '../entities/assessment.entity.js';
import type { DissentEntity } from '../entities/dissent.entity.js';
import type { InterviewEntity } from '../entities/interview.entity.js';

@ObjectType('CriterionConclusion', { description: "The panel's rating on one criterion of its rubric." })
export class CriterionConclusionModel {
  @Field({ description: 'The rubric criterion key.' })
  criterionKey: string;

  @Field({ description: "A rating from the criterion's scale." })
  rating: string;
}

@ObjectType('InterviewConclusion', { description: "The panel's conclusion, recorded by its chair." })
export class InterviewConclusionModel {
  @Field({ description: "Overall rating from the rubric's overall scale, e.g. HIGHLY_QUALIFIED." })
  overall: string;

  @Field(() => [CriterionConclusionModel], { description: 'Per criterion.' })
  criteria: CriterionConclusionModel[];

  @Field({ description: 'When the conclusion was recorded.' })
  concludedAt: Date;

  @Field({
    description:
      "True when a member revised their scores after seeing the other members' (reopened by the chair, with a reason): the scores were not all given blind.",
  })
  scoresRevisedAfterDisclosure: boolean;
}

@ObjectType('PublicDissent', { description: "A member's dissent from the conclusion; named only with their consent." })
export class PublicDissentModel {
  @Field({ description: 'The dissenting opinion.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The author, when they consented to be named.' })
  authorName: string | null;
}

@ObjectType('Interview', {
  description:
    "A panel's interview of a candidate, as observers read it once published: the public summary and the conclusion. Private notes and individual scores are never part of it.",
})
export class InterviewModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Name of the panel that held it.' })
  panelName: string;

  @Field(() => PanelKind, { description: 'What sort of panel held it.' })
  panelKind: PanelKind;

  @Field(() => InterviewMode, { description: 'How it was held.' })
  mode: InterviewMode;

  @Field(() => InterviewStatus, { description: 'Where it stands.' })
  status: InterviewStatus;

  @Field({ description: 'When it was scheduled for.' })
  scheduledAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was held.' })
  heldAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length in minutes.' })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'The summary the panel wrote for the public.' })
  publicSummary: string | null;

  @Field(() => InterviewConclusionModel, { nullable: true, description: "The panel's conclusion." })
  conclusion: InterviewConclusionModel | null;

  @Field(() => [PublicDissentModel], { description: 'Dissenting opinions.' })
  dissents: PublicDissentModel[];

  @Field(() => Date, { nullable: true, description: 'When it was published; null while only the panel sees it.' })
  publishedAt: Date | null;
}

export function conclusionOf(e: InterviewEntity): InterviewConclusionModel | null {
  if (!e.conclusionOverall || !e.concludedAt) return null;
  return {
    overall: e.conclusionOverall,
    criteria: (e.conclusionCriteria ?? []).map((c) => ({ criterionKey: c.criterionKey, rating: c.rating })),
    concludedAt: e.concludedAt,
    scoresRevisedAfterDisclosure: e.scoresRevisedAfterDisclosure,
  };
}

/** The public view: the caller of this mapper has already applied the publication policy. */
export const toInterviewModel = (
  e: InterviewEntity,
  panel: { name: string; kind: PanelKind },
  dissents: readonly (DissentEntity & { authorName: string })[],
): InterviewModel => ({
  id: e.id,
  panelName: panel.name,
  panelKind: panel.kind,
  mode: e.mode,
  status: e.status,
  scheduledAt: e.scheduledAt,
  heldAt: e.heldAt,
  durationMinutes: e.durationMinutes,
  publicSummary: e.publicSummary,
  conclusion: conclusionOf(e),
  dissents: dissents.map((d) => ({ text: d.text, authorName: d.consentToBeNamed ? d.authorName : null })),
  publishedAt: e.publishedAt,
});

@ObjectType('CriterionScore', { description: "One member's rating on one criterion, with reasoning (panel only)." })
export class CriterionScoreModel {
  @Field({ description: 'The rubric criterion key.' })
  criterionKey: string;

  @Field({ description: "A rating from the criterion's scale." })
  rating: string;

  @Field({ description: 'Short reasoning.' })
  reasoning: string;
}

@ObjectType('Assessment', { description: "One member's independent scores for an interview (panel only)." })
export class AssessmentModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The member who scored.' })
  memberId: string;

  @Field(() => [CriterionScoreModel], { description: 'Every criterion of the rubric.' })
  scores: CriterionScoreModel[];

  @Field({ description: 'When first submitted.' })
  submittedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When the member first saw the other members' scores; from then on only the chair can reopen this.",
  })
  othersSeenAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the chair reopened it for one revision (until revised).' })
  reopenedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The chair's reason for the last reopening." })
  reopenReason: string | null;

  @Field({ description: "Revised after the member had seen the others' scores." })
  revisedAfterDisclosure: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version.' })
  version: number;
}

export const toAssessmentModel = (e: AssessmentEntity): AssessmentModel => ({
  id: e.id,
  memberId: e.memberId,
  scores: e.scores.map((s) => ({ criterionKey: s.criterionKey, rating: s.rating, reasoning: s.reasoning })),
  submittedAt: e.submittedAt,
  othersSeenAt: e.othersSeenAt,
  reopenedAt: e.reopenedAt,
  reopenReason: e.reopenReason,
  revisedAfterDisclosure: e.revisedAfterDisclosure,
  version: e.version,
});

@ObjectType('PanelDissent', { description: 'A dissent as the panel sees it, with its author (panel only).' })
export class PanelDissentModel {
  @Field(() => ID, { description: 'The dissenting member.' })
  memberId: string;

  @Field({ description: 'The dissenting opinion.' })
  text: string;

  @Field({ description: 'Whether the author consents to be named publicly.' })
  consentToBeNamed: boolean;
}

@ObjectType('PanelInterview', {
  description: 'An interview as its panel and officers see it: private notes and the scores blind scoring allows.',
})
export class PanelInterviewModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The panel.' })
  panelId: string;

  @Field(() => ID, { description: 'The candidacy interviewed.' })
  candidacyId: string;

  @Field(() => InterviewMode, { description: 'How it is held.' })
  mode: InterviewMode;

  @Field(() => InterviewStatus, { description: 'Where it stands.' })
  status: InterviewStatus;

  @Field({ description: 'When it is scheduled for.' })
  scheduledAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was held.' })
  heldAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length in minutes.' })
  durationMinutes: number | null;

  @Field(() => [ID], { description: 'Members present.' })
  membersPresent: string[];

  @Field(() => String, { nullable: true, description: 'The summary for the public.' })
  publicSummary: string | null;

  @Field(() => String, { nullable: true, description: 'Private notes: the panel and officers only, never public.' })
  privateNotes: string | null;

  @Field(() => InterviewConclusionModel, { nullable: true, description: "The chair's record of the conclusion." })
  conclusion: InterviewConclusionModel | null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Optimistic-locking version.' })
  version: number;
}

export const toPanelInterviewModel = (e: InterviewEntity): PanelInterviewModel => ({
  id: e.id,
  panelId: e.panelId,
  candidacyId: e.candidacyId,
  mode: e.mode,
  status: e.status,
  scheduledAt: e.scheduledAt,
  heldAt: e.heldAt,
  durationMinutes: e.durationMinutes,
  membersPresent: e.membersPresent,
  publicSummary: e.publicSummary,
  privateNotes: e.privateNotes,
  conclusion: conclusionOf(e),
  publishedAt: e.publishedAt,
  version: e.version,
});

@ObjectType('PanelInterviewEntry', {
  description:
    "One interview in a panel's list, as the caller may see it: a recused member sees when and why they are kept out, not the record.",
})
export class PanelInterviewEntryModel {
  @Field(() => ID, { description: 'The interview.' })
  id: string;

  @Field(() => ID, { description: 'The panel.' })
  panelId: string;

  @Field(() => ID, { description: 'The candidacy interviewed.' })
  candidacyId: string;

  @Field(() => InterviewMode, { description: 'How it is held.' })
  mode: InterviewMode;

  @Field(() => InterviewStatus, { description: 'Where it stands.' })
  status: InterviewStatus;

  @Field({ description: 'When it is scheduled for.' })
  scheduledAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt: Date | null;

  @Field(() => RecusalModel, {
    nullable: true,
    description: 'Why the calling member may not open this interview; null when they may.',
  })
  myRecusal: RecusalModel | null;

  @Field(() => [InterviewTask], { description: 'What the interview waits for from the caller, in order.' })
  waitingForMe: InterviewTask[];

  /** The record, for callers who may read it (not a field: resolved as `interview`). */
  record: InterviewEntity | null;
}
