import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import type { Actor, RequestContext } from '../../common/request-context.js';
import { StaffRole } from '../../common/domain.enums.js';

export const IS_PUBLIC = 'access:public';
export const ROLES = 'access:roles';

/** Who may call an operation besides the public: staff roles, or a nominee's invitation session. */
export type Access = StaffRole | 'NOMINEE';
export const NOMINEE = 'NOMINEE' as const;

/** Open to everyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Narrow an operation to these roles. ADMIN may do everything an ELECTIONS_OFFICER may. */
export const Roles = (...roles: Access[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

export function contextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** Who is writing, for the audit log: the actor with the request id and client address. */
export const CurrentAuthor = createParamDecorator((_data: unknown, context: ExecutionContext): Author => {
  const ctx = contextOf(context);
  return { actor: ctx.actor, requestId: ctx.requestId, clientAddress: ctx.clientAddress };
});

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return contextOf(context).actor;
});

/** The role check, in one place: ADMIN inherits ELECTIONS_OFFICER. */
export function actorMayAct(actor: Actor, roles: readonly Access[]): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return false;
    case 'nominee':
      return roles.includes(NOMINEE);
    case 'staff':
      return (
        roles.includes(actor.role) || (actor.role === StaffRole.ADMIN && roles.includes(StaffRole.ELECTIONS_OFFICER))
      );
  }
}
