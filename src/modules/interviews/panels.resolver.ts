import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { notFound } from '../../common/errors.js';
import type { Actor, RequestContext } from '../../common/request-context.js';
import { CurrentActor, CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { InterviewIdArgs } from './dto/interview.args.js';
import { AddPanelMemberInput, CreatePanelInput, RecuseInput } from './dto/panel.inputs.js';
import { notAMemberError } from './interviews.errors.js';
import {
  PanelMemberModel,
  PanelModel,
  RecusalModel,
  toPanelMemberModel,
  toPanelModel,
  toRecusalModel,
} from './models/panel.model.js';
import { RubricModel, toRubricModel } from './models/rubric.model.js';
import { PanelsService } from './panels.service.js';

@Resolver(() => PanelModel)
export class PanelsResolver {
  constructor(@Inject(PanelsService) private readonly service: PanelsService) {}

  @Public()
  @Query(() => [RubricModel], {
    description: 'Assessment rubrics: the defaults shipped for each election type, and panels’ own.',
  })
  async rubrics(): Promise<RubricModel[]> {
    return (await this.service.rubrics()).map(toRubricModel);
  }

  @Roles(StaffRole.PANEL_MEMBER, StaffRole.ELECTIONS_OFFICER)
  @Query(() => PanelModel, { description: 'One panel: officers, and the members of that panel.' })
  async panel(@Args() { id }: InterviewIdArgs, @Context() ctx: RequestContext): Promise<PanelModel> {
    const panel = await this.service.panelLoader(ctx.loaders).load(id);
    if (!panel) throw notFound('Panel', id);
    if (!(await this.service.mayReadPanel(ctx.actor, id, ctx.loaders))) throw notAMemberError();
    return toPanelModel(panel);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => PanelModel, { description: 'Create a panel covering some elections, with a rubric.' })
  async createPanel(@Args('input') input: CreatePanelInput, @CurrentAuthor() author: Author): Promise<PanelModel> {
    return toPanelModel(await this.service.createPanel(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => PanelMemberModel, { description: 'Add a member to a panel; at most one chair.' })
  async addPanelMember(
    @Args('input') input: AddPanelMemberInput,
    @CurrentAuthor() author: Author,
  ): Promise<PanelMemberModel> {
    return toPanelMemberModel(await this.service.addMember(input, author));
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Mutation(() => RecusalModel, {
    description: 'Declare a conflict of interest and step away from a candidacy (the calling member).',
  })
  async recuse(
    @Args('input') input: RecuseInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<RecusalModel> {
    return toRecusalModel(await this.service.recuse(input, actor, author));
  }

  @ResolveField(() => RubricModel, { description: 'The rubric members score against.' })
  async rubric(@Parent() p: PanelModel, @Context() ctx: RequestContext): Promise<RubricModel> {
    const rubric = await this.service.rubricLoader(ctx.loaders).load(p.rubricId);
    if (!rubric) throw notFound('Rubric', p.rubricId);
    return toRubricModel(rubric);
  }

  @ResolveField(() => [PanelMemberModel], { description: 'The members, in the order they were added.' })
  async members(@Parent() p: PanelModel, @Context() ctx: RequestContext): Promise<PanelMemberModel[]> {
    return (await this.service.membersLoader(ctx.loaders).load(p.id)).map(toPanelMemberModel);
  }

  @ResolveField(() => [ID], { description: 'The elections the panel covers.' })
  async electionIds(@Parent() p: PanelModel, @Context() ctx: RequestContext): Promise<string[]> {
    return this.service.electionIdsLoader(ctx.loaders).load(p.id);
  }
}
