import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection.js';

@InputType({ description: 'Narrows the audit log; every condition given must hold.' })
export class AuditLogFilter {
  @Field({ nullable: true, description: 'e.g. Election, Candidacy, Person, StaffUser.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'The id of one record: its whole history.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Staff user id, candidacy id (nominee) or command name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorId?: string;

  @Field({ nullable: true, description: 'e.g. nominateCandidate.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operation?: string;

  @Field({ nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
