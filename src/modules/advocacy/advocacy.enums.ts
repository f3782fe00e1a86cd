import { registerEnumType } from '@nestjs/graphql';

/** How the elections team reached a State. */
export enum OutreachChannel {
  LETTER = 'LETTER',
  MEETING = 'MEETING',
  CALL = 'CALL',
  EMAIL = 'EMAIL',
  OTHER = 'OTHER',
}

registerEnumType(OutreachChannel, {
  name: 'OutreachChannel',
  description:
    'How the team reached the State (its mission, capital or ministry): a letter, a meeting, a call, an e-mail, or other.',
});
