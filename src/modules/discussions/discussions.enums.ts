import { registerEnumType } from '@nestjs/graphql';

export enum DiscussionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  HELD = 'HELD',
}

/** A nominee's answer to an invitation to a discussion. */
export enum DiscussionAnswer {
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  NO_REPLY = 'NO_REPLY',
}

/** The languages a discussion is held in: the Court's working languages. */
export enum DiscussionLanguage {
  EN = 'en',
  FR = 'fr',
}

registerEnumType(DiscussionStatus, {
  name: 'DiscussionStatus',
  description: 'SCHEDULED → HELD (its record written after the event), or CANCELLED.',
});
registerEnumType(DiscussionAnswer, {
  name: 'DiscussionAnswer',
  description: "A nominee's answer to an invitation: ACCEPTED, DECLINED, or NO_REPLY yet.",
});
registerEnumType(DiscussionLanguage, {
  name: 'DiscussionLanguage',
  description: 'A language the discussion is held in (ISO 639-1): EN (en) or FR (fr).',
});
