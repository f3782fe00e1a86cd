import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { StaffRole } from '../../../common/domain.enums.js';

@InputType({ description: "A change of a staff account's role." })
export class SetStaffUserRoleInput {
  @Field(() => ID, { description: "The account's id." })
  @IsUUID()
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version read: when given, a change made since is refused as CONFLICT instead of overwritten.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => StaffRole, { description: 'The new role; it takes effect on the next request.' })
  @IsEnum(StaffRole)
  role: StaffRole;
}
