import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../../common/errors.js';
import { aboutRequest } from '../../common/observability/request-id.js';
import { type Access, actorMayAct, contextOf, IS_PUBLIC, ROLES } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

/**
 * Global guard; fails closed. An operation is open only when marked `@Public()`, otherwise it must
 * name its roles with `@Roles(...)`; one with neither is refused for everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
    const roles = this.reflector.getAllAndOverride<Access[] | undefined>(ROLES, targets);
    const ctx = contextOf(context);
    ctx.actor = await this.auth.actorFor(ctx.req.headers.authorization);
    if (isPublic) return true;
    if (!roles || roles.length === 0) {
      this.logger.error(
        aboutRequest(
          ctx.requestId,
          `${context.getClass().name}.${context.getHandler().name} has no access rule: refused`,
        ),
      );
      throw forbidden();
    }
    if (ctx.actor.kind === 'anonymous') throw unauthenticated();
    if (!actorMayAct(ctx.actor, roles)) throw forbidden('Your role may not do this', { required: roles });
    return true;
  }
}
