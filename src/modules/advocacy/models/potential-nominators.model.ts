import { Field, ObjectType } from '@nestjs/graphql';
import { RegionalGroup } from '../../../common/domain.enums.js';
import { SlateFlagModel } from '../../slate-flags/models/slate-flag.model.js';
import { StatePartyModel } from '../../states/models/state-party.model.js';

@ObjectType('PotentialNominatorGroup', {
  description:
    'States Parties of one regional group that have not nominated in an election whose nominations are open, and the slate flags a nomination from the group could help.',
})
export class PotentialNominatorGroupModel {
  @Field(() => RegionalGroup, { description: 'The regional group.' })
  regionalGroup: RegionalGroup;

  @Field(() => [SlateFlagModel], {
    description:
      "The election's live flags that matter to this group: its own (regional requirement, regional seat) and those any State can remedy (clean slate, list, gender).",
  })
  flags: SlateFlagModel[];

  @Field({ description: 'True when some flag makes a nomination from this group matter.' })
  matters: boolean;

  @Field(() => [StatePartyModel], {
    description: 'States Parties of the group today that have no candidacy standing in the election, by name.',
  })
  statesParties: StatePartyModel[];
}
