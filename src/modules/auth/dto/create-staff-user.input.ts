import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { StaffRole } from '../../../common/domain.enums.js';
import { MIN_PASSWORD_LENGTH } from '../password.js';

@InputType()
export class CreateStaffUserInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  displayName: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role: StaffRole;
}
