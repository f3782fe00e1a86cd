import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { notFound } from '../../common/errors.js';
import type { RequestContext } from '../../common/request-context.js';
import { CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { CandidaciesService } from '../candidacies/candidacies.service.js';
import { CandidacyModel, toCandidacyModel } from '../candidacies/models/candidacy.model.js';
import { ElectionModel } from '../elections/models/election.model.js';
import { DiscussionsService } from './discussions.service.js';
import { DiscussionIdArgs } from './dto/discussion.args.js';
import {
  CancelDiscussionInput,
  CreateDiscussionInput,
  PublishDiscussionInput,
  RecordDiscussionInput,
  UpdateDiscussionInput,
} from './dto/discussion.inputs.js';
import { DiscussionParticipationModel } from './models/discussion-participation.model.js';
import {
  DiscussionInvitationModel,
  DiscussionModel,
  toDiscussionInvitationModel,
  toDiscussionModel,
} from './models/discussion.model.js';
import { isDiscussionVisible } from './publication-policy.js';

@Resolver(() => DiscussionModel)
export class DiscussionsResolver {
  constructor(@Inject(DiscussionsService) private readonly service: DiscussionsService) {}

  @Public()
  @Query(() => DiscussionModel, {
    nullable: true,
    description: 'One panel discussion: observers see it once published; null when unknown or not published.',
  })
  async discussion(@Args() { id }: DiscussionIdArgs, @Context() ctx: RequestContext): Promise<DiscussionModel | null> {
    const discussion = await this.service.byIdLoader(ctx.loaders).load(id);
    return discussion && isDiscussionVisible(ctx.actor, discussion) ? toDiscussionModel(discussion) : null;
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => DiscussionModel, {
    description: 'Organise a public panel discussion and invite nominees of the election (each is mailed, EN/FR).',
  })
  async createDiscussion(
    @Args('input') input: CreateDiscussionInput,
    @CurrentAuthor() author: Author,
  ): Promise<DiscussionModel> {
    return toDiscussionModel(await this.service.create(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => DiscussionModel, {
    description:
      'Change a discussion (with its version) and invite more nominees; a new time or place is mailed to the nominees who have not declined.',
  })
  async updateDiscussion(
    @Args('input') input: UpdateDiscussionInput,
    @CurrentAuthor() author: Author,
  ): Promise<DiscussionModel> {
    return toDiscussionModel(await this.service.update(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => DiscussionModel, {
    description: 'Cancel a scheduled discussion, with a reason; the nominees who have not declined are told.',
  })
  async cancelDiscussion(
    @Args('input') input: CancelDiscussionInput,
    @CurrentAuthor() author: Author,
  ): Promise<DiscussionModel> {
    return toDiscussionModel(await this.service.cancel(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => DiscussionModel, {
    description: 'Record a discussion once it has taken place: public summary, recording and transcript, questions.',
  })
  async recordDiscussion(
    @Args('input') input: RecordDiscussionInput,
    @CurrentAuthor() author: Author,
  ): Promise<DiscussionModel> {
    return toDiscussionModel(await this.service.record(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => DiscussionModel, {
    description: 'Publish a discussion: observers see it, and its record, from now on.',
  })
  async publishDiscussion(
    @Args('input') input: PublishDiscussionInput,
    @CurrentAuthor() author: Author,
  ): Promise<DiscussionModel> {
    return toDiscussionModel(await this.service.publish(input, author));
  }

  @ResolveField(() => [DiscussionInvitationModel], {
    description: 'The nominees invited and their answers, a decline shown as a decline.',
  })
  async invitations(
    @Parent() d: DiscussionModel,
    @Context() ctx: RequestContext,
  ): Promise<DiscussionInvitationModel[]> {
    return (await this.service.invitationsByDiscussionLoader(ctx.loaders).load(d.id)).map(toDiscussionInvitationModel);
  }
}

@Resolver(() => DiscussionInvitationModel)
export class DiscussionInvitationResolver {
  constructor(@Inject(CandidaciesService) private readonly candidacies: CandidaciesService) {}

  @ResolveField(() => CandidacyModel, { description: 'The candidacy whose nominee is invited.' })
  async candidacy(@Parent() i: DiscussionInvitationModel, @Context() ctx: RequestContext): Promise<CandidacyModel> {
    const candidacy = await this.candidacies.byIdLoader(ctx.loaders).load(i.candidacyId);
    if (!candidacy) throw notFound('Candidacy', i.candidacyId);
    return toCandidacyModel(candidacy);
  }
}

@Resolver(() => ElectionModel)
export class ElectionDiscussionsResolver {
  constructor(@Inject(DiscussionsService) private readonly service: DiscussionsService) {}

  @ResolveField(() => [DiscussionModel], {
    description: "The election's public panel discussions, soonest first: published ones for observers, all for staff.",
  })
  async discussions(@Parent() e: ElectionModel, @Context() ctx: RequestContext): Promise<DiscussionModel[]> {
    const all = await this.service.byElectionLoader(ctx.loaders).load(e.id);
    return all.filter((d) => isDiscussionVisible(ctx.actor, d)).map(toDiscussionModel);
  }
}

@Resolver(() => CandidacyModel)
export class CandidacyDiscussionsResolver {
  constructor(@Inject(DiscussionsService) private readonly service: DiscussionsService) {}

  @ResolveField(() => [DiscussionParticipationModel], {
    description:
      'The public discussions this nominee was invited to, with their answer (a decline shown as such): published ones for observers, all for staff.',
  })
  async discussions(
    @Parent() c: CandidacyModel,
    @Context() ctx: RequestContext,
  ): Promise<DiscussionParticipationModel[]> {
    const invitations = await this.service.invitationsByCandidacyLoader(ctx.loaders).load(c.id);
    return invitations
      .filter((i) => isDiscussionVisible(ctx.actor, i.discussion))
      .map((i) => ({ answer: i.answer, answeredAt: i.answeredAt, discussion: toDiscussionModel(i.discussion) }));
  }
}
