import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffRole } from '../../../common/domain.enums.js';
import { operationsAllowedTo } from '../access-policy.js';
import type { StaffUserEntity } from '../entities/staff-user.entity.js';

@ObjectType('StaffUser', { description: 'A member of the elections team (staff only).' })
export class StaffUserModel {
  @Field(() => ID, { description: "The account's id." })
  id: string;

  @Field({ description: 'The address the account signs in with.' })
  email: string;

  @Field({ description: 'The name shown to colleagues and in the audit log.' })
  displayName: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  role: StaffRole;

  @Field(() => Date, { nullable: true, description: 'Set when the account is disabled: it can no longer sign in.' })
  disabledAt: Date | null;

  @Field(() => Int, { description: 'Changes with every write to the account: send it back to change its role.' })
  version: number;

  @Field(() => [String], {
    description:
      'The operations this role may call, as `Query.elections` or `Mutation.createElection`, from the access table the API enforces: a client offers only these.',
  })
  allowedOperations: string[];
}

export const toStaffUserModel = (e: StaffUserEntity): StaffUserModel => ({
  id: e.id,
  email: e.email,
  displayName: e.displayName,
  role: e.role,
  disabledAt: e.disabledAt,
  version: e.version,
  allowedOperations: operationsAllowedTo(e.role),
});

@ObjectType({ description: 'A signed-in session.' })
export class AuthPayload {
  @Field({ description: 'Bearer token: send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field({ description: 'When the token stops working.' })
  expiresAt: Date;

  @Field(() => StaffUserModel, { description: 'The account signed in.' })
  user: StaffUserModel;
}
