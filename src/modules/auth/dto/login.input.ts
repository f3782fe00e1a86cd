import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A staff sign-in.' })
export class LoginInput {
  @Field({ description: "The account's address." })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field({ description: "The account's password." })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
