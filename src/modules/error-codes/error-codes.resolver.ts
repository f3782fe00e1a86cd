import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators.js';
import { ErrorCodeInfoModel, toErrorCodeInfoModels } from './models/error-code-info.model.js';

@Resolver(() => ErrorCodeInfoModel)
export class ErrorCodesResolver {
  @Public()
  @Query(() => [ErrorCodeInfoModel], {
    description: 'Every error code the API may answer with, what it means and what a client should do about it.',
  })
  errorCodes(): ErrorCodeInfoModel[] {
    return toErrorCodeInfoModels();
  }
}
