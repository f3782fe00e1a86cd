import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection.js';
import { ElectionFilter } from './election.inputs.js';

@ArgsType()
export class ElectionIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class ElectionsArgs extends PageArgs {
  @Field(() => ElectionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ElectionFilter)
  filter?: ElectionFilter;

  @Field({
    nullable: true,
    description: 'Only elections changed at or after this instant (to sync: pass the time of your last read).',
  })
  @IsOptional()
  @IsDate()
  updatedSince?: Date;
}
