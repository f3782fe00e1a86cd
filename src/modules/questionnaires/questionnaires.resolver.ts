import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { StaffRole } from '../../common/domain.enums.js';
import type { RequestContext } from '../../common/request-context.js';
import { CurrentAuthor, Roles } from '../auth/auth.decorators.js';
import { CandidacyModel } from '../candidacies/models/candidacy.model.js';
import { ElectionModel } from '../elections/models/election.model.js';
import {
  InvitationArgs,
  PublishArgs,
  QuestionnaireArgs,
  QuestionnaireIdArgs,
  RemindArgs,
  ReopenArgs,
  ResponseArgs,
} from './dto/questionnaire.args.js';
import {
  CreateQuestionnaireTemplateInput,
  ExtendInvitationDeadlineInput,
  IssueQuestionnaireInput,
} from './dto/questionnaire.inputs.js';
import type { QuestionnaireTemplateEntity } from './entities/questionnaire-template.entity.js';
import type { QuestionnaireEntity } from './entities/questionnaire.entity.js';
import { ResponseStatus } from './entities/response.entity.js';
import {
  PublishedResponseModel,
  QuestionnaireModel,
  QuestionnaireTemplateModel,
  QuestionnaireTrackingModel,
  SendResultModel,
  TrackingStatus,
  toAnswerModels,
  toQuestionModel,
} from './models/questionnaire.models.js';
import { effectiveDeadline, publishedOutcome } from './questionnaires.rules.js';
import { QuestionnairesService } from './questionnaires.service.js';

const toTemplateModel = (t: QuestionnaireTemplateEntity): QuestionnaireTemplateModel => ({
  id: t.id,
  family: t.family,
  version: t.version,
  title: t.title,
  titleFr: t.titleFr,
  electionType: t.electionType,
  questions: t.questions.map(toQuestionModel),
});

export const toQuestionnaireModel = (q: QuestionnaireEntity): QuestionnaireModel => ({
  id: q.id,
  title: q.title,
  titleFr: q.titleFr,
  deadline: q.deadline,
  publishAt: q.publishAt,
  questions: q.questions.map(toQuestionModel),
  electionId: q.electionId,
});

@Resolver(() => QuestionnaireModel)
export class QuestionnairesResolver {
  constructor(@Inject(QuestionnairesService) private readonly service: QuestionnairesService) {}

  private async tracking(id: string): Promise<QuestionnaireTrackingModel> {
    const { questionnaire, rows, published, toInvite, toRemind } = await this.service.tracking(id);
    const counts = Object.values(TrackingStatus).map((status) => ({
      status,
      count: rows.filter((r) => r.status === status).length,
    }));
    return {
      questionnaire: toQuestionnaireModel(questionnaire),
      counts,
      rows,
      publishedAt: published ? questionnaire.publishAt : null,
      toInvite,
      toRemind,
    };
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Query(() => [QuestionnaireTemplateModel], { description: 'Every template version, newest first per title.' })
  async questionnaireTemplates(): Promise<QuestionnaireTemplateModel[]> {
    return (await this.service.templates()).map(toTemplateModel);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Query(() => QuestionnaireTrackingModel, { description: 'Who was invited and who answered (staff).' })
  questionnaire(@Args() { id }: QuestionnaireArgs): Promise<QuestionnaireTrackingModel> {
    return this.tracking(id);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => QuestionnaireTemplateModel, {
    description: 'Create a template, or (with `family`) its next version; issued versions never change.',
  })
  async createQuestionnaireTemplate(
    @Args('input') input: CreateQuestionnaireTemplateInput,
    @CurrentAuthor() author: Author,
  ): Promise<QuestionnaireTemplateModel> {
    return toTemplateModel(await this.service.createTemplate(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => QuestionnaireModel, { description: 'Issue a template version for an election (frozen copy).' })
  async issueQuestionnaire(
    @Args('input') input: IssueQuestionnaireInput,
    @CurrentAuthor() author: Author,
  ): Promise<QuestionnaireModel> {
    return toQuestionnaireModel(await this.service.issue(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => SendResultModel, {
    description:
      'Invite every standing nominee not yet invited, queueing one e-mail each. Run again after late nominations.',
  })
  async sendQuestionnaire(
    @Args() { questionnaireId }: QuestionnaireIdArgs,
    @CurrentAuthor() author: Author,
  ): Promise<SendResultModel> {
    return { invited: await this.service.send(questionnaireId, author) };
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => QuestionnaireTrackingModel, {
    description: 'Send a nominee a new invitation; the old code stops working.',
  })
  async resendInvitation(
    @Args() args: InvitationArgs,
    @CurrentAuthor() author: Author,
  ): Promise<QuestionnaireTrackingModel> {
    await this.service.resend(args.questionnaireId, args.candidacyId, author);
    return this.tracking(args.questionnaireId);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => Int, {
    description:
      'Mail every invited nominee who has not submitted or declined; returns how many. Refused (REMINDER_TOO_SOON) within 24 hours of the last manual reminder unless `force`.',
  })
  remindNominees(@Args() { questionnaireId, force }: RemindArgs, @CurrentAuthor() author: Author): Promise<number> {
    return this.service.remind(questionnaireId, force ?? false, author);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => QuestionnaireModel, {
    description:
      'Publish the submitted answers now, before publishAt. While nominees still have time to answer it is refused ' +
      '(RULE_VIOLATION, rule NOMINEES_STILL_ANSWERING, with `pending` and `lastDeadline`) unless `confirm`.',
  })
  async publishResponses(
    @Args() { questionnaireId, confirm }: PublishArgs,
    @CurrentAuthor() author: Author,
  ): Promise<QuestionnaireModel> {
    return toQuestionnaireModel(await this.service.publish(questionnaireId, confirm ?? false, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => QuestionnaireTrackingModel, { description: "Extend one nominee's deadline, with the reason kept." })
  async extendInvitationDeadline(
    @Args('input') input: ExtendInvitationDeadlineInput,
    @CurrentAuthor() author: Author,
  ): Promise<QuestionnaireTrackingModel> {
    await this.service.extendDeadline(input.questionnaireId, input.candidacyId, input.deadline, input.reason, author);
    return this.tracking(input.questionnaireId);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => QuestionnaireTrackingModel, { description: 'Reopen a submitted response; both versions are kept.' })
  async reopenResponse(@Args() args: ReopenArgs, @CurrentAuthor() author: Author): Promise<QuestionnaireTrackingModel> {
    await this.service.reopen(args.questionnaireId, args.candidacyId, args.reason, author);
    return this.tracking(args.questionnaireId);
  }
}

// A field resolver without arguments takes (parent, args, context) undecorated: Nest then calls it
// directly, without building an execution context, pipes and parameters on every call.
@Resolver(() => ElectionModel)
export class ElectionQuestionnairesResolver {
  constructor(@Inject(QuestionnairesService) private readonly service: QuestionnairesService) {}

  @ResolveField(() => [QuestionnaireModel], { description: 'Questionnaires issued for this election.' })
  async questionnaires(election: ElectionModel, _: unknown, ctx: RequestContext): Promise<QuestionnaireModel[]> {
    return (await this.service.byElectionLoader(ctx.loaders).load(election.id)).map(toQuestionnaireModel);
  }
}

@Resolver(() => CandidacyModel)
export class CandidacyResponseResolver {
  constructor(
    @Inject(QuestionnairesService) private readonly service: QuestionnairesService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @ResolveField(() => PublishedResponseModel, {
    nullable: true,
    description: "The nominee's answers once published (null before): declined and unanswered are shown as such.",
  })
  async response(
    @Parent() candidacy: CandidacyModel,
    @Args() { questionnaireId }: ResponseArgs,
    @Context() ctx: RequestContext,
  ): Promise<PublishedResponseModel | null> {
    const published = await this.service.publishedResponsesLoader(ctx.loaders).load(candidacy.id);
    const chosen = questionnaireId ? published.find((p) => p.questionnaire.id === questionnaireId) : published.at(-1);
    if (!chosen) return null;
    const { questionnaire, response } = chosen;
    const status = response?.status;
    return {
      questionnaireId: questionnaire.id,
      outcome: publishedOutcome(questionnaire, response, this.clock.now()),
      deadline: effectiveDeadline(questionnaire, response),
      submittedAt: status === ResponseStatus.SUBMITTED ? response!.submittedAt : null,
      submittedLate: status === ResponseStatus.SUBMITTED ? response!.submittedLate : false,
      declineReason: status === ResponseStatus.DECLINED ? response!.declineReason : null,
      answers: status === ResponseStatus.SUBMITTED ? toAnswerModels(response!.answers, questionnaire.questions) : [],
    };
  }
}
