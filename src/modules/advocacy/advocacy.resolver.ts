import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import type { RequestContext } from '../../common/request-context.js';
import { CurrentAuthor, Roles } from '../auth/auth.decorators.js';
import { ElectionModel } from '../elections/models/election.model.js';
import { toSlateFlagModel } from '../slate-flags/models/slate-flag.model.js';
import { toStatePartyModel } from '../states/models/state-party.model.js';
import { AdvocacyService } from './advocacy.service.js';
import {
  OutreachRecordsArgs,
  PotentialNominatorsArgs,
  RecordOutreachInput,
  UpdateOutreachInput,
} from './dto/outreach.inputs.js';
import { OutreachRecordModel, toOutreachRecordModel } from './models/outreach-record.model.js';
import { PotentialNominatorGroupModel } from './models/potential-nominators.model.js';

@Resolver(() => ElectionModel)
export class ElectionPotentialNominatorsResolver {
  constructor(@Inject(AdvocacyService) private readonly service: AdvocacyService) {}

  @ResolveField(() => [PotentialNominatorGroupModel], {
    nullable: true,
    description:
      'While nominations are open (RULE_VIOLATION NOMINATIONS_NOT_OPEN otherwise): the States Parties that have not nominated, by regional group, with the slate flags that make each group matter.',
  })
  async potentialNominators(
    @Parent() election: ElectionModel,
    @Args() { regionalGroup }: PotentialNominatorsArgs,
    @Context() ctx: RequestContext,
  ): Promise<PotentialNominatorGroupModel[]> {
    const groups = await this.service.potentialNominators(election.id, regionalGroup, ctx.loaders);
    return groups.map((g) => ({
      regionalGroup: g.regionalGroup,
      flags: g.flags.map((f) => toSlateFlagModel(f, g.raisedAt)),
      matters: g.flags.length > 0,
      statesParties: g.statesParties.map(toStatePartyModel),
    }));
  }
}

@Resolver(() => OutreachRecordModel)
export class OutreachResolver {
  constructor(@Inject(AdvocacyService) private readonly service: AdvocacyService) {}

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Query(() => [OutreachRecordModel], {
    description:
      "The team's outreach to one State, in one election, or both, newest first, with whether the State nominated afterwards (staff only).",
  })
  async outreachRecords(@Args() args: OutreachRecordsArgs): Promise<OutreachRecordModel[]> {
    return (await this.service.listOutreach(args)).map((o) => toOutreachRecordModel(o.record, o.nominatedOn));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => OutreachRecordModel, {
    description: 'Record a letter, meeting, call or e-mail to a State (staff only).',
  })
  async recordOutreach(
    @Args('input') input: RecordOutreachInput,
    @CurrentAuthor() author: Author,
  ): Promise<OutreachRecordModel> {
    const o = await this.service.recordOutreach(input, author);
    return toOutreachRecordModel(o.record, o.nominatedOn);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => OutreachRecordModel, { description: 'Correct or complete an outreach record, with its version.' })
  async updateOutreach(
    @Args('input') input: UpdateOutreachInput,
    @CurrentAuthor() author: Author,
  ): Promise<OutreachRecordModel> {
    const o = await this.service.updateOutreach(input, author);
    return toOutreachRecordModel(o.record, o.nominatedOn);
  }
}
