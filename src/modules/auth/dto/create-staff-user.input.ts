import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { StaffRole } from '../../../common/domain.enums.js';
import { MIN_PASSWORD_LENGTH } from '../password.js';

@InputType({ description: 'A new staff account.' })
export class CreateStaffUserInput {
  @Field({ description: 'The address to sign in with (unique).' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field({ description: 'The name shown to colleagues and in the audit log.' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  displayName: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  @IsEnum(StaffRole)
  role: StaffRole;
}
