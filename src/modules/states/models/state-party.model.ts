import { Field, ObjectType } from '@nestjs/graphql';
import { RegionalGroup } from '../../../common/domain.enums.js';
import { LocalDateScalar } from '../../../common/scalars/local-date.scalar.js';
import type { StatePartyEntity } from '../entities/state-party.entity.js';

@ObjectType('StateParty', { description: 'A State that is or was a party to the Rome Statute.' })
export class StatePartyModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  code: string;

  @Field({ description: "The State's name in English." })
  name: string;

  @Field(() => RegionalGroup, { description: "The State's regional group at the Assembly." })
  regionalGroup: RegionalGroup;

  @Field(() => LocalDateScalar, { description: 'The Statute entered into force for the State on this day (art. 126).' })
  joinedOn: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Its withdrawal took (or takes) effect on this day (art. 127); null while a party.',
  })
  leftOn: string | null;
}

export const toStatePartyModel = (e: StatePartyEntity): StatePartyModel => ({
  code: e.code,
  name: e.name,
  regionalGroup: e.regionalGroup,
  joinedOn: e.joinedOn,
  leftOn: e.leftOn,
});
