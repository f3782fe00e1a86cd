import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { notFound } from '../../common/errors.js';
import type { Actor, RequestContext } from '../../common/request-context.js';
import { CurrentActor, CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { ElectionsService } from '../elections/elections.service.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { ElectionModel, toElectionModel } from '../elections/models/election.model.js';
import { ElectionPanelsArgs, InterviewIdArgs, PanelInterviewsArgs } from './dto/interview.args.js';
import { AddPanelMemberInput, CreatePanelInput, RecuseInput } from './dto/panel.inputs.js';
import { notAMemberError } from './interviews.errors.js';
import { InterviewsService } from './interviews.service.js';
import { PanelInterviewEntryModel } from './models/interview.model.js';
import {
  PanelMemberAccountModel,
  PanelMemberModel,
  PanelModel,
  RecusalModel,
  toPanelMemberModel,
  toPanelModel,
  toRecusalModel,
} from './models/panel.model.js';
import { RubricModel, toRubricModel } from './models/rubric.model.js';
import { PanelsService } from './panels.service.js';
import { mayReadPanelRecords } from './publication-policy.js';

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

  @Roles(StaffRole.PANEL_MEMBER, StaffRole.ELECTIONS_OFFICER)
  @Query(() => [PanelModel], {
    description: 'The panels covering an election: all of them for officers, only their own for panel members.',
  })
  async panels(@Args() { electionId }: ElectionPanelsArgs, @Context() ctx: RequestContext): Promise<PanelModel[]> {
    return (await this.service.panelsOfElection(ctx.actor, electionId, ctx.loaders)).map(toPanelModel);
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Query(() => [PanelModel], { description: 'The panels the calling member sits on.' })
  async myPanels(@Context() ctx: RequestContext): Promise<PanelModel[]> {
    return (await this.service.myPanels(ctx.actor, ctx.loaders)).map(toPanelModel);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Query(() => [PanelMemberAccountModel], {
    description: 'The enabled PANEL_MEMBER staff accounts a new panel member can act through.',
  })
  async panelMemberAccounts(): Promise<PanelMemberAccountModel[]> {
    return (await this.service.panelMemberAccounts()).map((u) => ({
      id: u.id,
      displayName: u.displayName,
      email: u.email,
    }));
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

@Resolver(() => PanelModel)
export class PanelFieldsResolver {
  constructor(
    @Inject(PanelsService) private readonly service: PanelsService,
    @Inject(InterviewsService) private readonly interviewsService: InterviewsService,
    @Inject(ElectionsService) private readonly electionsService: ElectionsService,
  ) {}

  @ResolveField(() => [ElectionModel], { description: 'The elections the panel covers.' })
  async elections(@Parent() p: PanelModel, @Context() ctx: RequestContext): Promise<ElectionModel[]> {
    const ids = await this.service.electionIdsLoader(ctx.loaders).load(p.id);
    const found = await this.electionsService.byIdLoader(ctx.loaders).loadMany(ids);
    return found.filter((e): e is ElectionEntity => e !== null && !(e instanceof Error)).map(toElectionModel);
  }

  @ResolveField(() => PanelMemberModel, {
    nullable: true,
    description: 'The member the caller acts as on this panel; null for officers.',
  })
  async myMember(@Parent() p: PanelModel, @Context() ctx: RequestContext): Promise<PanelMemberModel | null> {
    const member = await this.service.myMemberOn(ctx.actor, p.id, ctx.loaders);
    return member ? toPanelMemberModel(member) : null;
  }

  @ResolveField(() => [PanelInterviewEntryModel], {
    description:
      "The panel's interviews, by time: for a member, each with what it waits for from them, or why they are recused from it.",
  })
  async interviews(
    @Parent() p: PanelModel,
    @Args() { waitingForMe }: PanelInterviewsArgs,
    @Context() ctx: RequestContext,
  ): Promise<PanelInterviewEntryModel[]> {
    if (!(await this.service.mayReadPanel(ctx.actor, p.id, ctx.loaders))) return [];
    const all = await this.interviewsService.byPanelLoader(ctx.loaders).load(p.id);
    const entries = await Promise.all(
      all.map(async (i): Promise<PanelInterviewEntryModel> => {
        const standing = await this.service.standing(ctx.actor, p.id, i.candidacyId, ctx.loaders);
        const recusal = standing.kind === 'member' ? standing.recusal : null;
        return {
          id: i.id,
          panelId: i.panelId,
          candidacyId: i.candidacyId,
          mode: i.mode,
          status: i.status,
          scheduledAt: i.scheduledAt,
          publishedAt: i.publishedAt,
          myRecusal: recusal ? toRecusalModel(recusal) : null,
          waitingForMe: await this.interviewsService.waitingFor(standing, i, ctx.loaders),
          record: mayReadPanelRecords(standing) ? i : null,
        };
      }),
    );
    return waitingForMe ? entries.filter((e) => e.waitingForMe.length > 0) : entries;
  }
}
