import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection.js';
import { CandidacyFilter } from './candidacy.inputs.js';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class CandidaciesArgs extends PageArgs {
  @Field(() => CandidacyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidacyFilter)
  filter?: CandidacyFilter;
}
