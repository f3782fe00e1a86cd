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

registerEnumType(DiscussionStatus, {
  name: 'DiscussionStatus',
  description: 'SCHEDULED → HELD (its record written after the event), or CANCELLED.',
});
registerEnumType(DiscussionAnswer, {
  name: 'DiscussionAnswer',
  description: "A nominee's answer to an invitation: ACCEPTED, DECLINED, or NO_REPLY yet.",
});
