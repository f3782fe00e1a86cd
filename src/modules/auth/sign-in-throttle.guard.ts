import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { contextOf } from './auth.decorators.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

/**
 * Counts each execution of the resolver it guards against the client address's sign-in limit.
 * On the resolver itself, so a field reached through a fragment or under several aliases is
 * counted every time it runs; before argument validation, so malformed attempts count too.
 */
@Injectable()
export class SignInThrottleGuard implements CanActivate {
  constructor(@Inject(SignInThrottleService) private readonly throttle: SignInThrottleService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.throttle.countAttempt(contextOf(context).clientAddress);
    return true;
  }
}

/** Marks a resolver that exchanges a secret for a session (`login`, `openInvitation`). */
export const SignInAttempt = (): MethodDecorator & ClassDecorator => applyDecorators(UseGuards(SignInThrottleGuard));
