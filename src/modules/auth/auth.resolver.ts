import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '../../common/clock.js';
import { StaffRole } from '../../common/domain.enums.js';
import { notFound } from '../../common/errors.js';
import type { Actor } from '../../common/request-context.js';
import type { Author } from '../../common/author.js';
import { CurrentActor, CurrentAuthor, Public, Roles } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { CreateStaffUserInput } from './dto/create-staff-user.input.js';
import { LoginInput } from './dto/login.input.js';
import { SetStaffUserRoleInput } from './dto/set-staff-user-role.input.js';
import { StaffUserIdArgs } from './dto/staff-user-id.args.js';
import { AuthPayload, StaffUserModel, toStaffUserModel } from './models/staff-user.model.js';
import { SignInAttempt } from './sign-in-throttle.guard.js';
import { StaffUsersService } from './staff-users.service.js';

@Resolver(() => StaffUserModel)
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(StaffUsersService) private readonly users: StaffUsersService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Public()
  @SignInAttempt()
  @Mutation(() => AuthPayload, { description: 'Staff sign-in with e-mail and password.' })
  async login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    const { token, expiresAt, user } = await this.auth.login(input.email, input.password);
    return { token, expiresAt, user: toStaffUserModel(user) };
  }

  @Roles(StaffRole.ADMIN, StaffRole.ELECTIONS_OFFICER, StaffRole.PANEL_MEMBER)
  @Query(() => StaffUserModel, { description: 'The signed-in staff member.' })
  async me(@CurrentActor() actor: Actor): Promise<StaffUserModel> {
    const user = actor.kind === 'staff' ? await this.users.findById(actor.userId) : null;
    if (!user) throw notFound('StaffUser', 'me');
    return toStaffUserModel(user);
  }

  @Roles(StaffRole.ADMIN)
  @Query(() => [StaffUserModel], { description: 'Every staff account (admins only).' })
  async staffUsers(): Promise<StaffUserModel[]> {
    return (await this.users.list()).map(toStaffUserModel);
  }

  @Roles(StaffRole.ADMIN)
  @Mutation(() => StaffUserModel, { description: 'Create a staff account (admins only).' })
  async createStaffUser(
    @Args('input') input: CreateStaffUserInput,
    @CurrentAuthor() author: Author,
  ): Promise<StaffUserModel> {
    return toStaffUserModel(await this.users.create(input, author));
  }

  @Roles(StaffRole.ADMIN)
  @Mutation(() => StaffUserModel, { description: 'Disable a staff account: its tokens stop working at once.' })
  async disableStaffUser(@Args() { id }: StaffUserIdArgs, @CurrentAuthor() author: Author): Promise<StaffUserModel> {
    return toStaffUserModel(await this.users.setDisabled(id, true, this.clock.now(), author));
  }

  @Roles(StaffRole.ADMIN)
  @Mutation(() => StaffUserModel, { description: 'Enable a disabled staff account again.' })
  async enableStaffUser(@Args() { id }: StaffUserIdArgs, @CurrentAuthor() author: Author): Promise<StaffUserModel> {
    return toStaffUserModel(await this.users.setDisabled(id, false, this.clock.now(), author));
  }

  @Roles(StaffRole.ADMIN)
  @Mutation(() => StaffUserModel, {
    description:
      "Change a staff account's role (admins only). It takes effect on the next request: the account's open sessions end and it signs in again.",
  })
  async setStaffUserRole(
    @Args('input') input: SetStaffUserRoleInput,
    @CurrentAuthor() author: Author,
  ): Promise<StaffUserModel> {
    return toStaffUserModel(await this.users.setRole(input, author));
  }
}
