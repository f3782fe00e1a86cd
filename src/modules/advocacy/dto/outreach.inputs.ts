import { KeepIfAbsent } from '../../../common/validation/keep-if-absent.js';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { RegionalGroup } from '../../../common/domain.enums.js';
import { DateField } from '../../../common/scalars/local-date.scalar.js';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { OutreachChannel } from '../advocacy.enums.js';

const STATE_CODE = /^[A-Z]{2}$/;
const STATE_CODE_MESSAGE = 'stateCode must be an ISO 3166-1 alpha-2 code in capitals';

@InputType({ description: "The team's contact with a State about an election (staff only)." })
export class RecordOutreachInput {
  @Field(() => ID, { description: 'The election the State was asked to nominate in.' })
  @IsUUID()
  electionId: string;

  @Field({ description: 'The State Party (ISO 3166-1 alpha-2).' })
  @Matches(STATE_CODE, { message: STATE_CODE_MESSAGE })
  stateCode: string;

  @DateField({ description: 'The day of the contact (not in the future).' })
  contactedOn: string;

  @Field(() => OutreachChannel, { description: 'How.' })
  @IsEnum(OutreachChannel)
  channel: OutreachChannel;

  @Field(() => String, { nullable: true, description: 'What was said or sent (staff only).' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it so far, e.g. "will consider".' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  outcome?: string | null;
}

@InputType({ description: 'Changes to an outreach record; omitted fields stay, null clears a note or outcome.' })
export class UpdateOutreachInput {
  @Field(() => ID, { description: 'The record.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @DateField({ nullable: true, keepIfAbsent: true, description: 'The day of the contact.' })
  contactedOn?: string;

  @Field(() => OutreachChannel, { nullable: true, description: 'How.' })
  @KeepIfAbsent()
  @IsEnum(OutreachChannel)
  channel?: OutreachChannel;

  @Field(() => String, { nullable: true, description: 'What was said or sent.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  outcome?: string | null;
}

@ArgsType()
export class OutreachRecordsArgs {
  @Field({ nullable: true, description: "One State's records (ISO 3166-1 alpha-2); give it, the election, or both." })
  @IsOptional()
  @Matches(STATE_CODE, { message: STATE_CODE_MESSAGE })
  stateCode?: string;

  @Field(() => ID, { nullable: true, description: "One election's records." })
  @IsOptional()
  @IsUUID()
  electionId?: string;
}

@ArgsType()
export class PotentialNominatorsArgs {
  @Field(() => RegionalGroup, { nullable: true, description: 'One regional group; all five when omitted.' })
  @IsOptional()
  @IsEnum(RegionalGroup)
  regionalGroup?: RegionalGroup;
}
