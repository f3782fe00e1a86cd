import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { NotificationsService } from '../../common/notifications/notifications.service.js';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import type { RequestContext } from '../../common/request-context.js';
import { CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { ElectionModel } from '../elections/models/election.model.js';
import { ElectionSubscriptionArgs } from '../slate-flags/dto/election-subscription.args.js';
import { BallotsService, type BallotRoundRecordedPayload } from './ballots.service.js';
import { CheckBallotArgs, RecordAcclamationInput, RecordBallotRoundInput, RoundArgs } from './dto/ballot.inputs.js';
import {
  BallotCheckModel,
  BallotRoundModel,
  BallotRoundPreviewModel,
  MinimumVotingRequirementModel,
  toBallotCheckModel,
  toBallotRoundPreviewModel,
  toBallotRoundModel,
  toMvrModel,
} from './models/ballot.models.js';

@Resolver(() => BallotRoundModel)
export class BallotsResolver {
  constructor(
    @Inject(BallotsService) private readonly service: BallotsService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  @Public()
  @Subscription(() => BallotRoundModel, {
    description: 'Every round (or acclamation) recorded in an election, once committed.',
    resolve: (value: BallotRoundModel) => value,
  })
  ballotRoundRecorded(
    @Args() { electionId }: ElectionSubscriptionArgs,
  ): Promise<AsyncIterableIterator<BallotRoundModel>> {
    return this.notifications.subscribe(
      'ballot_round_recorded',
      (p: BallotRoundRecordedPayload) => p.electionId === electionId,
      async (p) => toBallotRoundModel(await this.service.roundById(p.ballotRoundId)),
    );
  }

  @Public()
  @Query(() => BallotCheckModel, {
    description: 'Whether a ballot paper naming these candidacies would be valid in a round, and every rule it breaks.',
  })
  async checkBallot(@Args() args: CheckBallotArgs): Promise<BallotCheckModel> {
    const { result, seatsLeft } = await this.service.check(args);
    return toBallotCheckModel(result, seatsLeft);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Query(() => BallotRoundPreviewModel, {
    description:
      'What recordBallotRound would do with this round, by the same rules, writing nothing: every problem that ' +
      'would refuse it (with its code and rule), the majority needed, the requirements in force, or the outcome.',
  })
  async previewBallotRound(@Args('input') input: RecordBallotRoundInput): Promise<BallotRoundPreviewModel> {
    const verdict = await this.service.previewRound(input);
    return toBallotRoundPreviewModel(verdict, Object.fromEntries(input.votes.map((v) => [v.candidacyId, v.votes])));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => BallotRoundModel, {
    description:
      'Record a round of voting as announced. The outcome (elected, dropped; the election CONCLUDED once the ' +
      'seats are filled) is derived by the rules; an impossible tally is refused as RULE_VIOLATION.',
  })
  async recordBallotRound(
    @Args('input') input: RecordBallotRoundInput,
    @CurrentAuthor() author: Author,
  ): Promise<BallotRoundModel> {
    return toBallotRoundModel(await this.service.recordRound(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => BallotRoundModel, {
    description: 'Record a clean slate elected without a ballot (candidates in the race equal the seats left).',
  })
  async recordAcclamation(
    @Args('input') input: RecordAcclamationInput,
    @CurrentAuthor() author: Author,
  ): Promise<BallotRoundModel> {
    return toBallotRoundModel(await this.service.recordAcclamation(input, author));
  }
}

@Resolver(() => ElectionModel)
export class ElectionBallotsResolver {
  constructor(@Inject(BallotsService) private readonly service: BallotsService) {}

  @ResolveField(() => [MinimumVotingRequirementModel], {
    nullable: true,
    description:
      'Judicial elections: what each ballot paper must name in a round (ICC-ASP/3/Res.6), from the sitting ' +
      'judges, the judges elected in earlier rounds and the States Parties on the day. Null for other elections.',
  })
  async minimumVotingRequirements(
    @Parent() election: ElectionModel,
    @Args() { round }: RoundArgs,
    @Context() ctx: RequestContext,
  ): Promise<MinimumVotingRequirementModel[] | null> {
    return (await this.service.requirements(election.id, round, ctx.loaders))?.map(toMvrModel) ?? null;
  }

  @ResolveField(() => [ID], {
    description:
      'The candidacies the next round of voting is between: those in the race after the last round (not elected, ' +
      'excluded or dropped), less those withdrawn since; before the first round, every nominated candidacy.',
  })
  candidaciesInRace(@Parent() election: ElectionModel, @Context() ctx: RequestContext): Promise<string[]> {
    return this.service.candidaciesInRace(election.id, ctx.loaders);
  }

  @ResolveField(() => [BallotRoundModel], { description: 'Recorded rounds of voting, in order.' })
  async ballotRounds(@Parent() election: ElectionModel, @Context() ctx: RequestContext): Promise<BallotRoundModel[]> {
    return (await this.service.roundsLoader(ctx.loaders).load(election.id)).map(toBallotRoundModel);
  }
}
