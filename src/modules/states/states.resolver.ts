import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { RegionalGroup, StaffRole } from '../../common/domain.enums.js';
import { DateField } from '../../common/scalars/local-date.scalar.js';
import type { Author } from '../../common/author.js';
import { CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { StatePartyModel, toStatePartyModel } from './models/state-party.model.js';
import { StatesService } from './states.service.js';

@ArgsType()
class StatesPartiesArgs {
  @Field(() => RegionalGroup, { nullable: true })
  @IsOptional()
  @IsEnum(RegionalGroup)
  regionalGroup?: RegionalGroup;

  @DateField({
    nullable: true,
    description: 'Only the States that were parties on this day; omit for every State that is or was a party.',
  })
  on?: string;
}

@ArgsType()
class RecordWithdrawalArgs {
  @Field({ description: 'ISO 3166-1 alpha-2 code of the State.' })
  @Matches(/^[A-Z]{2}$/)
  code: string;

  @DateField({ description: 'Day the UN Secretary-General received the notification.' })
  notifiedOn: string;
}

@Resolver(() => StatePartyModel)
export class StatesResolver {
  constructor(@Inject(StatesService) private readonly states: StatesService) {}

  @Public()
  @Query(() => [StatePartyModel], { description: 'States Parties to the Rome Statute, by name.' })
  async statesParties(@Args() args: StatesPartiesArgs): Promise<StatePartyModel[]> {
    return (await this.states.list(args.regionalGroup, args.on)).map(toStatePartyModel);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => StatePartyModel, {
    description: "Record a State's notification of withdrawal; it takes effect one year later (art. 127).",
  })
  async recordWithdrawal(
    @Args() args: RecordWithdrawalArgs,
    @CurrentAuthor() author: Author,
  ): Promise<StatePartyModel> {
    return toStatePartyModel(await this.states.recordWithdrawal(args.code, args.notifiedOn, author));
  }
}
