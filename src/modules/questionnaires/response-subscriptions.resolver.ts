import { Inject } from '@nestjs/common';
import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { StaffRole } from '../../common/domain.enums.js';
import { Roles } from '../auth/auth.decorators.js';
import { QuestionnaireIdArgs } from './dto/questionnaire.args.js';
import { ResponseSubmittedModel } from './models/response-submitted.model.js';
import { ResponseEventsService } from './response-events.service.js';

@Resolver(() => ResponseSubmittedModel)
export class ResponseSubscriptionsResolver {
  constructor(@Inject(ResponseEventsService) private readonly events: ResponseEventsService) {}

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Subscription(() => ResponseSubmittedModel, {
    description:
      'Each response a nominee submits or declines for this questionnaire, once it is committed (elections officers).',
    resolve: (value: ResponseSubmittedModel) => value,
  })
  responseSubmitted(
    @Args() { questionnaireId }: QuestionnaireIdArgs,
  ): Promise<AsyncIterableIterator<ResponseSubmittedModel>> {
    return this.events.follow(questionnaireId);
  }
}
