import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { NotificationsService } from '../../common/notifications/notifications.service.js';
import type { RequestContext } from '../../common/request-context.js';
import { Public } from '../auth/auth.decorators.js';
import { ElectionModel } from '../elections/models/election.model.js';
import { isCleanSlate } from '../slate/index.js';
import { ElectionSubscriptionArgs } from './dto/election-subscription.args.js';
import {
  SlateFlagEventModel,
  SlateFlagModel,
  SlateFlagsChangedModel,
  toSlateFlagEventModel,
  toSlateFlagModel,
  toSlateFlagsChangedModel,
  type SlateFlagsChangedPayload,
} from './models/slate-flag.model.js';
import { SlateFlagsService } from './slate-flags.service.js';

@Resolver(() => ElectionModel)
export class ElectionSlateFlagsResolver {
  constructor(@Inject(SlateFlagsService) private readonly service: SlateFlagsService) {}

  @ResolveField(() => [SlateFlagModel], {
    description:
      'Live clean-slate flags, from the candidacies not withdrawn, the seats, the sitting judges and the ' +
      'States Parties on the first day of voting (today when not fixed).',
  })
  async slateFlags(@Parent() election: ElectionModel, @Context() ctx: RequestContext): Promise<SlateFlagModel[]> {
    const [flags, raisedAt] = await Promise.all([
      this.service.flagsLoader(ctx.loaders).load(election.id),
      this.service.raisedAtLoader(ctx.loaders).load(election.id),
    ]);
    return flags.map((f) => toSlateFlagModel(f, raisedAt));
  }

  @ResolveField(() => Boolean, { description: 'True when the candidates equal the seats: voters have no choice.' })
  async isCleanSlate(@Parent() election: ElectionModel, @Context() ctx: RequestContext): Promise<boolean> {
    return isCleanSlate(await this.service.flagsLoader(ctx.loaders).load(election.id));
  }

  @ResolveField(() => [SlateFlagEventModel], {
    description: 'Every time a flag was raised, cleared or changed, oldest first, with the write that caused it.',
  })
  async slateFlagHistory(
    @Parent() election: ElectionModel,
    @Context() ctx: RequestContext,
  ): Promise<SlateFlagEventModel[]> {
    return (await this.service.historyLoader(ctx.loaders).load(election.id)).map(toSlateFlagEventModel);
  }
}

@Resolver(() => SlateFlagsChangedModel)
export class SlateFlagSubscriptionsResolver {
  constructor(@Inject(NotificationsService) private readonly notifications: NotificationsService) {}

  @Public()
  @Subscription(() => SlateFlagsChangedModel, {
    description: "Every change to an election's slate flags, once the write that caused it is committed.",
    resolve: (value: SlateFlagsChangedModel) => value,
  })
  slateFlagChanged(
    @Args() { electionId }: ElectionSubscriptionArgs,
  ): Promise<AsyncIterableIterator<SlateFlagsChangedModel>> {
    return this.notifications.subscribe(
      'slate_flag_changed',
      (p: SlateFlagsChangedPayload) => p.electionId === electionId,
      toSlateFlagsChangedModel,
    );
  }
}
