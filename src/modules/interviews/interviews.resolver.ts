import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { notFound } from '../../common/errors.js';
import type { Actor, RequestContext } from '../../common/request-context.js';
import { CurrentActor, CurrentAuthor, Roles } from '../auth/auth.decorators.js';
import { CandidaciesService } from '../candidacies/candidacies.service.js';
import { CandidacyModel, toCandidacyModel } from '../candidacies/models/candidacy.model.js';
import { InterviewIdArgs } from './dto/interview.args.js';
import {
  CancelInterviewInput,
  PublishInterviewInput,
  RecordAssessmentInput,
  RecordConclusionInput,
  RecordDissentInput,
  RecordInterviewInput,
  ReopenAssessmentInput,
  ScheduleInterviewInput,
} from './dto/interview.inputs.js';
import { notAMemberError, recusedError } from './interviews.errors.js';
import { InterviewsService } from './interviews.service.js';
import { InterviewTask } from './interviews.enums.js';
import { PanelModel, RecusalModel, toPanelModel, toRecusalModel } from './models/panel.model.js';
import {
  AssessmentModel,
  InterviewModel,
  PanelDissentModel,
  PanelInterviewEntryModel,
  PanelInterviewModel,
  toAssessmentModel,
  toInterviewModel,
  toPanelInterviewModel,
} from './models/interview.model.js';
import { PanelsService } from './panels.service.js';
import { disclosedBy, interviewAccess, mayReadPanelRecords, visibleAssessments } from './publication-policy.js';

// A field resolver without arguments takes (parent, args, context) undecorated: Nest then calls it
// directly, without building an execution context, pipes and parameters on every call.
@Resolver(() => PanelInterviewModel)
export class InterviewsResolver {
  constructor(
    @Inject(InterviewsService) private readonly service: InterviewsService,
    @Inject(PanelsService) private readonly panels: PanelsService,
    @Inject(CandidaciesService) private readonly candidacies: CandidaciesService,
  ) {}

  @Roles(StaffRole.PANEL_MEMBER, StaffRole.ELECTIONS_OFFICER)
  @Query(() => PanelInterviewModel, {
    description: 'An interview with its private record: officers, and members of its panel not recused.',
  })
  async panelInterview(@Args() { id }: InterviewIdArgs, @Context() ctx: RequestContext): Promise<PanelInterviewModel> {
    const interview = await this.service.findById(id);
    if (!interview) throw notFound('Interview', id);
    const standing = await this.panels.standing(ctx.actor, interview.panelId, interview.candidacyId, ctx.loaders);
    if (standing.kind === 'member' && standing.recusal) throw recusedError(standing.recusal);
    if (!mayReadPanelRecords(standing)) throw notAMemberError();
    return toPanelInterviewModel(interview);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => PanelInterviewModel, { description: "Schedule a panel's interview of a candidate." })
  async scheduleInterview(
    @Args('input') input: ScheduleInterviewInput,
    @CurrentAuthor() author: Author,
  ): Promise<PanelInterviewModel> {
    return toPanelInterviewModel(await this.service.schedule(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => PanelInterviewModel, {
    description: 'Record that a scheduled interview will not be held: CANCELLED or DECLINED_BY_NOMINEE.',
  })
  async cancelInterview(
    @Args('input') input: CancelInterviewInput,
    @CurrentAuthor() author: Author,
  ): Promise<PanelInterviewModel> {
    return toPanelInterviewModel(await this.service.cancel(input, author));
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Mutation(() => PanelInterviewModel, {
    description: 'Record a held interview: members present, public summary, private notes (a panel member).',
  })
  async recordInterview(
    @Args('input') input: RecordInterviewInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<PanelInterviewModel> {
    return toPanelInterviewModel(await this.service.record(input, actor, author));
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Mutation(() => AssessmentModel, {
    description: "Submit (or, with its version, revise) the calling member's own scores on every criterion.",
  })
  async recordAssessment(
    @Args('input') input: RecordAssessmentInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<AssessmentModel> {
    return toAssessmentModel(await this.service.assess(input, actor, author));
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Mutation(() => AssessmentModel, {
    description:
      "Let a member revise, once, an assessment locked because they have seen the others' scores (the chair only, with a reason). The published conclusion then says scores were revised after disclosure.",
  })
  async reopenAssessment(
    @Args('input') input: ReopenAssessmentInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<AssessmentModel> {
    return toAssessmentModel(await this.service.reopenAssessment(input, actor, author));
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Mutation(() => PanelInterviewModel, {
    description: "Record the panel's conclusion per criterion and overall (the chair only).",
  })
  async recordConclusion(
    @Args('input') input: RecordConclusionInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<PanelInterviewModel> {
    return toPanelInterviewModel(await this.service.conclude(input, actor, author));
  }

  @Roles(StaffRole.PANEL_MEMBER)
  @Mutation(() => PanelDissentModel, {
    description: "Record the calling member's dissent from the conclusion, and whether they may be named.",
  })
  async recordDissent(
    @Args('input') input: RecordDissentInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<PanelDissentModel> {
    const d = await this.service.dissent(input, actor, author);
    return { memberId: d.memberId, text: d.text, consentToBeNamed: d.consentToBeNamed };
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => PanelInterviewModel, {
    description: 'Publish the public summary and the conclusion; private notes and scores stay private.',
  })
  async publishInterview(
    @Args('input') input: PublishInterviewInput,
    @CurrentAuthor() author: Author,
  ): Promise<PanelInterviewModel> {
    return toPanelInterviewModel(await this.service.publish(input, author));
  }

  @ResolveField(() => [AssessmentModel], {
    description:
      "Members' scores: a member sees the others' only after submitting their own, and from that first sight may revise their own only if the chair reopens it.",
  })
  async assessments(i: PanelInterviewModel, _: unknown, ctx: RequestContext): Promise<AssessmentModel[]> {
    const standing = await this.panels.standing(ctx.actor, i.panelId, i.candidacyId, ctx.loaders);
    const visible = visibleAssessments(standing, await this.service.assessmentsLoader(ctx.loaders).load(i.id));
    const own = disclosedBy(standing, visible);
    if (own) {
      // Recorded before the scores leave the server: the read that discloses them is the one that counts.
      await this.service.recordDisclosure(own, {
        actor: ctx.actor,
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
      });
    }
    return visible.map(toAssessmentModel);
  }

  @ResolveField(() => [PanelDissentModel], { description: 'Dissents from the conclusion, with their authors.' })
  async dissents(i: PanelInterviewModel, _: unknown, ctx: RequestContext): Promise<PanelDissentModel[]> {
    const standing = await this.panels.standing(ctx.actor, i.panelId, i.candidacyId, ctx.loaders);
    if (!mayReadPanelRecords(standing)) return [];
    return (await this.service.dissentsLoader(ctx.loaders).load(i.id)).map((d) => ({
      memberId: d.memberId,
      text: d.text,
      consentToBeNamed: d.consentToBeNamed,
    }));
  }

  @ResolveField(() => CandidacyModel, { description: 'The candidacy interviewed.' })
  async candidacy(i: PanelInterviewModel, _: unknown, ctx: RequestContext): Promise<CandidacyModel> {
    const candidacy = await this.candidacies.byIdLoader(ctx.loaders).load(i.candidacyId);
    if (!candidacy) throw notFound('Candidacy', i.candidacyId);
    return toCandidacyModel(candidacy);
  }

  @ResolveField(() => PanelModel, { description: 'The panel holding it.' })
  async panel(i: PanelInterviewModel, _: unknown, ctx: RequestContext): Promise<PanelModel> {
    const panel = await this.panels.panelLoader(ctx.loaders).load(i.panelId);
    if (!panel) throw notFound('Panel', i.panelId);
    return toPanelModel(panel);
  }

  @ResolveField(() => [RecusalModel], {
    description:
      'The members of the panel recused from this candidacy, each with the ground (nationality, or a declared conflict with its reason).',
  })
  async recusals(i: PanelInterviewModel, _: unknown, ctx: RequestContext): Promise<RecusalModel[]> {
    const standing = await this.panels.standing(ctx.actor, i.panelId, i.candidacyId, ctx.loaders);
    if (!mayReadPanelRecords(standing)) return [];
    return (await this.panels.recusalsFor(i.panelId, i.candidacyId, ctx.loaders)).map(toRecusalModel);
  }

  @ResolveField(() => [InterviewTask], { description: 'What the interview waits for from the caller, in order.' })
  async waitingForMe(i: PanelInterviewModel, _: unknown, ctx: RequestContext): Promise<InterviewTask[]> {
    const standing = await this.panels.standing(ctx.actor, i.panelId, i.candidacyId, ctx.loaders);
    return this.service.waitingFor(standing, { ...i, conclusionOverall: i.conclusion?.overall ?? null }, ctx.loaders);
  }
}

@Resolver(() => PanelInterviewEntryModel)
export class PanelInterviewEntryResolver {
  constructor(@Inject(CandidaciesService) private readonly candidacies: CandidaciesService) {}

  @ResolveField(() => CandidacyModel, { description: 'The candidacy interviewed.' })
  async candidacy(e: PanelInterviewEntryModel, _: unknown, ctx: RequestContext): Promise<CandidacyModel> {
    const candidacy = await this.candidacies.byIdLoader(ctx.loaders).load(e.candidacyId);
    if (!candidacy) throw notFound('Candidacy', e.candidacyId);
    return toCandidacyModel(candidacy);
  }

  @ResolveField(() => PanelInterviewModel, {
    nullable: true,
    description: 'The private record: null for a member recused from the candidacy.',
  })
  interview(e: PanelInterviewEntryModel): PanelInterviewModel | null {
    return e.record ? toPanelInterviewModel(e.record) : null;
  }
}

@Resolver(() => CandidacyModel)
export class CandidacyInterviewsResolver {
  constructor(
    @Inject(InterviewsService) private readonly service: InterviewsService,
    @Inject(PanelsService) private readonly panels: PanelsService,
  ) {}

  @ResolveField(() => [InterviewModel], {
    description:
      "Panel interviews of this candidate: published ones for observers; the panel's members (unless recused) and officers also see unpublished ones.",
  })
  async interviews(c: CandidacyModel, _: unknown, ctx: RequestContext): Promise<InterviewModel[]> {
    const all = await this.service.byCandidacyLoader(ctx.loaders).load(c.id);
    const access = await Promise.all(
      all.map(async (interview) =>
        interviewAccess(await this.panels.standing(ctx.actor, interview.panelId, c.id, ctx.loaders), interview),
      ),
    );
    const visible = all.filter((_, i) => access[i] !== 'NONE');
    return Promise.all(
      visible.map(async (interview) => {
        const [panel, dissents] = await Promise.all([
          this.panels.panelLoader(ctx.loaders).load(interview.panelId),
          this.service.dissentsLoader(ctx.loaders).load(interview.id),
        ]);
        if (!panel) throw notFound('Panel', interview.panelId);
        return toInterviewModel(interview, panel, dissents);
      }),
    );
  }
}
