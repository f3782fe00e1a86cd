import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffRole } from '../../common/domain.enums.js';
import { pageSize, toConnection, type ConnectionShape } from '../../common/pagination/connection.js';
import type { RequestContext } from '../../common/request-context.js';
import type { Author } from '../../common/author.js';
import { CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { ElectionIdArgs, ElectionsArgs } from './dto/election.args.js';
import {
  CreateElectionInput,
  DeleteElectionInput,
  ExtendNominationPeriodInput,
  UpdateElectionInput,
} from './dto/election.inputs.js';
import { isElectionVisible, visibleStatuses } from './election-visibility.js';
import { ElectionsService } from './elections.service.js';
import {
  DeletedElectionModel,
  ElectionConnection,
  ElectionModel,
  NominationExtensionModel,
  SittingJudgeModel,
  toElectionModel,
  toNominationExtensionModel,
  toSittingJudgeModel,
} from './models/election.model.js';

// A field resolver without arguments takes (parent, args, context) undecorated: Nest then calls it
// directly, without building an execution context, pipes and parameters on every call.
@Resolver(() => ElectionModel)
export class ElectionsResolver {
  constructor(@Inject(ElectionsService) private readonly service: ElectionsService) {}

  @Public()
  @Query(() => ElectionConnection, { description: 'Elections, most recent nomination period first.' })
  async elections(
    @Args() args: ElectionsArgs,
    @Context() ctx: RequestContext,
  ): Promise<ConnectionShape<ElectionModel>> {
    const limit = pageSize(args);
    // Observers never see DRAFT elections (the publication policy narrows the status filter).
    const status = visibleStatuses(ctx.actor, args.filter?.status);
    if (!status.length)
      return toConnection(
        [],
        limit,
        0,
        (e: ElectionModel) => [e.id],
        (e) => e,
      );
    const { rows, total } = await this.service.page({ ...args.filter, status }, limit, args.after, args.updatedSince);
    return toConnection(rows, limit, total, (e) => [e.nominationOpensOn, e.id], toElectionModel);
  }

  @Public()
  @Query(() => ElectionModel, { nullable: true, description: 'One election, or null if there is none with this id.' })
  async election(@Args() { id }: ElectionIdArgs, @Context() ctx: RequestContext): Promise<ElectionModel | null> {
    const election = await this.service.byIdLoader(ctx.loaders).load(id);
    return election && isElectionVisible(ctx.actor, election) ? toElectionModel(election) : null;
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => ElectionModel, { description: 'Set up an election (status DRAFT).' })
  async createElection(
    @Args('input') input: CreateElectionInput,
    @CurrentAuthor() author: Author,
  ): Promise<ElectionModel> {
    return toElectionModel(await this.service.create(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => ElectionModel, { description: 'Edit an election or move its status one step forward.' })
  async updateElection(
    @Args('input') input: UpdateElectionInput,
    @CurrentAuthor() author: Author,
  ): Promise<ElectionModel> {
    return toElectionModel(await this.service.update(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => DeletedElectionModel, {
    description:
      'Delete a DRAFT election set up by mistake (with its version); kept in the audit log. Refused as ' +
      'RULE_VIOLATION (ONLY_DRAFTS_DELETED) once it has moved on, or (ELECTION_IN_USE) while other records point to it.',
  })
  async deleteElection(
    @Args('input') input: DeleteElectionInput,
    @CurrentAuthor() author: Author,
  ): Promise<DeletedElectionModel> {
    const { id, title } = await this.service.delete(input, author);
    return { id, title };
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => ElectionModel, {
    description:
      'Extend the nomination period; every extension is kept with its reason. Ordinary: two weeks at a time, ' +
      'three times at most; exceptional (a Bureau decision, named): beyond those limits.',
  })
  async extendNominationPeriod(
    @Args('input') input: ExtendNominationPeriodInput,
    @CurrentAuthor() author: Author,
  ): Promise<ElectionModel> {
    return toElectionModel(await this.service.extendNominationPeriod(input, author));
  }

  @ResolveField(() => [NominationExtensionModel], { description: 'Extensions of the nomination period, in order.' })
  async nominationExtensions(
    election: ElectionModel,
    _: unknown,
    ctx: RequestContext,
  ): Promise<NominationExtensionModel[]> {
    return (await this.service.extensionsLoader(ctx.loaders).load(election.id)).map(toNominationExtensionModel);
  }

  @ResolveField(() => [SittingJudgeModel], {
    description:
      'Judicial elections: the judges who stay in office (the minimum voting requirements follow from them).',
  })
  async sittingJudges(election: ElectionModel, _: unknown, ctx: RequestContext): Promise<SittingJudgeModel[]> {
    return (await this.service.sittingJudgesLoader(ctx.loaders).load(election.id)).map(toSittingJudgeModel);
  }
}
