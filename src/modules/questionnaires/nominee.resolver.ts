import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { Language } from '../../common/domain.enums.js';
import type { Actor } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ResponseStatus } from './entities/response.entity.js';
import { CurrentActor, CurrentAuthor, NOMINEE, Public, Roles } from '../auth/auth.decorators.js';
import { SignInAttempt } from '../auth/sign-in-throttle.guard.js';
import { DeclineArgs, LanguageArgs, OpenInvitationArgs, SubmitArgs } from './dto/questionnaire.args.js';
import { SaveAnswersInput } from './dto/questionnaire.inputs.js';
import {
  InvitationHelpModel,
  MyInvitationModel,
  NomineeSessionModel,
  toAnswerModels,
} from './models/questionnaire.models.js';
import { NomineeService, type NomineeView } from './nominee.service.js';
import { effectiveDeadline, inLanguage, titleIn, type ElectionTitles } from './questionnaires.rules.js';

@Resolver(() => MyInvitationModel)
export class NomineeResolver {
  constructor(
    @Inject(NomineeService) private readonly nominee: NomineeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private present(view: NomineeView & ElectionTitles, language: Language): MyInvitationModel {
    const fr = language === Language.FR;
    return {
      electionTitle: titleIn(view, language),
      questionnaireTitle: inLanguage(view.questionnaire.title, view.questionnaire.titleFr, language),
      language,
      questions: view.questionnaire.questions.map((q) => ({
        key: q.key,
        kind: q.kind,
        required: q.required,
        prompt: fr ? q.promptFr : q.promptEn,
        maxLength: q.maxLength ?? null,
        options: (q.options ?? []).map((o) => ({ key: o.key, label: fr ? o.labelFr : o.labelEn })),
      })),
      status: view.response.status,
      version: view.response.version,
      answers: toAnswerModels(view.response.answers, view.questionnaire.questions),
      deadline: effectiveDeadline(view.questionnaire, view.response),
      originalDeadline: view.questionnaire.deadline,
      publishAt: view.questionnaire.publishAt,
      submittedAt: view.response.submittedAt,
      declinedAt: view.response.status === ResponseStatus.DECLINED ? view.response.updatedAt : null,
      declineReason: view.response.declineReason,
      responseId: view.response.id,
      contactEmail: this.config.teamAddress,
    };
  }

  private async reload(actor: Actor, language: Language | undefined): Promise<MyInvitationModel> {
    return this.present(await this.nominee.view(actor), language ?? Language.EN);
  }

  @Public()
  @Query(() => InvitationHelpModel, { description: 'Whom a nominee asks for help (a lost, refused or expired code).' })
  invitationHelp(): InvitationHelpModel {
    return { electionsTeamEmail: this.config.teamAddress };
  }

  @Public()
  @SignInAttempt()
  @Mutation(() => NomineeSessionModel, {
    description: 'Exchange the code from the invitation mail for a short session (a link alone opens nothing).',
  })
  openInvitation(@Args() { token }: OpenInvitationArgs, @CurrentAuthor() author: Author): Promise<NomineeSessionModel> {
    return this.nominee.open(token, author);
  }

  @Roles(NOMINEE)
  @Query(() => MyInvitationModel, { description: 'Your questionnaire, in your language, with your draft.' })
  myInvitation(@CurrentActor() actor: Actor, @Args() { language }: LanguageArgs): Promise<MyInvitationModel> {
    return this.reload(actor, language);
  }

  @Roles(NOMINEE)
  @Mutation(() => MyInvitationModel, { description: 'Save part or all of your draft.' })
  async saveAnswers(
    @Args('input') input: SaveAnswersInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<MyInvitationModel> {
    await this.nominee.save(actor, author, input.version, input.answers);
    return this.reload(actor, input.language);
  }

  @Roles(NOMINEE)
  @Mutation(() => MyInvitationModel, { description: 'Submit your answers: final.' })
  async submitResponse(
    @Args() args: SubmitArgs,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<MyInvitationModel> {
    await this.nominee.submit(actor, author, args.version);
    return this.reload(actor, args.language);
  }

  @Roles(NOMINEE)
  @Mutation(() => MyInvitationModel, {
    description: 'Decline to answer, with a reason: final, and shown to observers.',
  })
  async declineQuestionnaire(
    @Args() args: DeclineArgs,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<MyInvitationModel> {
    await this.nominee.decline(actor, author, args.reason);
    return this.reload(actor, args.language);
  }
}
