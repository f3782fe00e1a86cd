import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ERROR_CODES, ErrorCode, type ErrorCodeInfo } from '../../../common/errors.js';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'Every `extensions.code` an error may carry, over HTTP, WebSocket and the exports and feeds. Decide on the code, never on the message text.',
  valuesMap: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, info]) => [code, { description: `${info.description} ${info.whatToDo}` }]),
  ),
});

@ObjectType('ErrorCodeInfo', { description: 'One error code, what it means and what a client should do about it.' })
export class ErrorCodeInfoModel {
  @Field(() => ErrorCode, { description: 'The value of `extensions.code`.' })
  code: ErrorCode;

  @Field(() => Int, { description: 'The HTTP status of an answer carrying only this error.' })
  httpStatus: number;

  @Field({ description: 'What it means.' })
  description: string;

  @Field({ description: 'What a client should do about it.' })
  whatToDo: string;
}

export const toErrorCodeInfoModels = (): ErrorCodeInfoModel[] =>
  (Object.entries(ERROR_CODES) as [ErrorCode, ErrorCodeInfo][]).map(([code, info]) => ({ code, ...info }));
