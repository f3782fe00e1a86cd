import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { localDateTime } from '../discussion.rules.js';
import { Language } from '../../../common/domain.enums.js';
import { DiscussionAnswer, DiscussionStatus } from '../discussions.enums.js';
import type { DiscussionInvitationEntity } from '../entities/discussion-invitation.entity.js';
import type { DiscussionEntity } from '../entities/discussion.entity.js';

@ObjectType('Discussion', {
  description:
    'A public panel discussion with nominees of one election, where they set out their expertise and suitability. Observers see it once published.',
})
export class DiscussionModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The election whose nominees discuss.' })
  electionId: string;

  @Field({ description: 'Title, as announced.' })
  title: string;

  @Field({ description: 'When it starts (an instant).' })
  startsAt: Date;

  @Field({ description: 'IANA time zone where it is held, e.g. Europe/Amsterdam.' })
  timeZone: string;

  @Field({ description: 'The start as the local time where it is held (YYYY-MM-DDTHH:mm in timeZone).' })
  localStartsAt: string;

  @Field(() => String, { nullable: true, description: 'Where it is held; null when online only.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The online link (https); null when in person only.' })
  onlineUrl: string | null;

  @Field(() => [Language], { description: 'The languages it is held in.' })
  languages: Language[];

  @Field(() => [String], { description: "The moderators' names." })
  moderators: string[];

  @Field(() => DiscussionStatus, { description: 'Where it stands.' })
  status: DiscussionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason: string | null;

  @Field(() => String, { nullable: true, description: 'The public summary, once held.' })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'The recording (https), once held.' })
  recordingUrl: string | null;

  @Field(() => String, { nullable: true, description: 'The transcript (https), once held.' })
  transcriptUrl: string | null;

  @Field(() => [String], { description: 'The questions put to the nominees, in order; empty until held.' })
  questions: string[];

  @Field(() => Date, { nullable: true, description: 'When it was published; null while only staff see it.' })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Version, for optimistic locking: give it back when changing the discussion.' })
  version: number;
}

export const toDiscussionModel = (e: DiscussionEntity): DiscussionModel => ({
  id: e.id,
  electionId: e.electionId,
  title: e.title,
  startsAt: e.startsAt,
  timeZone: e.timeZone,
  localStartsAt: localDateTime(e.startsAt, e.timeZone),
  place: e.place,
  onlineUrl: e.onlineUrl,
  languages: e.languages as Language[],
  moderators: e.moderators,
  status: e.status,
  cancellationReason: e.cancellationReason,
  summary: e.summary,
  recordingUrl: e.recordingUrl,
  transcriptUrl: e.transcriptUrl,
  questions: e.questions,
  publishedAt: e.publishedAt,
  version: e.version,
});

@ObjectType('DiscussionInvitation', {
  description: 'A nominee invited to a discussion, and their answer (a decline is shown as a decline).',
})
export class DiscussionInvitationModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The discussion.' })
  discussionId: string;

  @Field(() => ID, { description: 'The candidacy whose nominee is invited.' })
  candidacyId: string;

  @Field(() => DiscussionAnswer, { description: 'ACCEPTED, DECLINED, or NO_REPLY yet.' })
  answer: DiscussionAnswer;

  @Field(() => Date, { nullable: true, description: 'When the nominee answered.' })
  answeredAt: Date | null;

  @Field({ description: 'When the nominee was invited.' })
  invitedAt: Date;
}

export const toDiscussionInvitationModel = (e: DiscussionInvitationEntity): DiscussionInvitationModel => ({
  id: e.id,
  discussionId: e.discussionId,
  candidacyId: e.candidacyId,
  answer: e.answer,
  answeredAt: e.answeredAt,
  invitedAt: e.createdAt,
});

@ObjectType('MyDiscussionInvitation', {
  description: 'A discussion you are invited to, as a nominee, and your answer.',
})
export class MyDiscussionInvitationModel {
  @Field(() => ID, { description: 'The discussion.' })
  discussionId: string;

  @Field({ description: 'The election.' })
  electionTitle: string;

  @Field({ description: 'Title of the discussion.' })
  title: string;

  @Field({ description: 'When it starts (an instant).' })
  startsAt: Date;

  @Field({ description: 'IANA time zone where it is held.' })
  timeZone: string;

  @Field({ description: 'The start as the local time where it is held (YYYY-MM-DDTHH:mm in timeZone).' })
  localStartsAt: string;

  @Field(() => String, { nullable: true, description: 'Where it is held.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The online link (https).' })
  onlineUrl: string | null;

  @Field(() => [Language], { description: 'The languages it is held in.' })
  languages: Language[];

  @Field(() => [String], { description: "The moderators' names." })
  moderators: string[];

  @Field(() => DiscussionStatus, { description: 'Where the discussion stands.' })
  status: DiscussionStatus;

  @Field(() => DiscussionAnswer, { description: 'Your answer so far.' })
  answer: DiscussionAnswer;

  @Field(() => Date, { nullable: true, description: 'When you answered.' })
  answeredAt: Date | null;

  @Field({ description: 'True while you may still answer (or change your answer): until it starts.' })
  mayAnswer: boolean;
}
