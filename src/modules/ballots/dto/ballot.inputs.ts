import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { RegionalGroup } from '../../../common/domain.enums.js';
import { DateField } from '../../../common/scalars/local-date.scalar.js';

const POST = {
  nullable: true,
  description:
    'Deputy Prosecutor elections: only this post (each post is its own contest, art. 42(4)); default every open post.',
};
const GROUPS = {
  nullable: true,
  description: 'CBF elections: only these regional groups (each is its own contest); default every open group.',
};

@InputType({ description: 'The votes one candidacy received in a round.' })
export class CandidacyVotesInput {
  @Field(() => ID, { description: 'A candidacy in the race.' })
  @IsUUID()
  candidacyId: string;

  @Field(() => Int, { description: 'Votes it received.' })
  @IsInt()
  @Min(0)
  votes: number;
}

@InputType({ description: 'A round of voting as announced by the President of the Assembly.' })
export class RecordBallotRoundInput {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;

  @Field(() => Int, { description: 'The round number: the next one (1 for the first).' })
  @IsInt()
  @Min(1)
  round: number;

  @DateField({ nullable: true, description: 'Day of the round; default today (UTC).' })
  heldOn?: string;

  @Field(() => Int, { description: 'Ballot papers cast.' })
  @IsInt()
  @Min(0)
  ballotPapers: number;

  @Field(() => Int, { description: 'Invalid ballots.' })
  @IsInt()
  @Min(0)
  invalidBallots: number;

  @Field(() => Int, { description: 'Abstentions: ballots naming nobody, not counted as voting.' })
  @IsInt()
  @Min(0)
  abstentions: number;

  @Field(() => [CandidacyVotesInput], { description: 'Votes per candidacy; candidacies left out received none.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CandidacyVotesInput)
  votes: CandidacyVotesInput[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Withdrawals announced after the previous round and before this one (recorded as WITHDRAWN).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  withdrawnBefore?: string[];

  @Field(() => Int, POST)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  post?: number;

  @Field(() => [RegionalGroup], GROUPS)
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(RegionalGroup, { each: true })
  regionalGroups?: RegionalGroup[];
}

@InputType({
  description:
    'A clean slate elected without a ballot: every contest (the election, a Deputy post, a CBF group) whose ' +
    'candidates equal its seats left, or those named.',
})
export class RecordAcclamationInput {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;

  @DateField({ nullable: true, description: 'Day of the election; default today (UTC).' })
  heldOn?: string;

  @Field(() => Int, POST)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  post?: number;

  @Field(() => [RegionalGroup], GROUPS)
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(RegionalGroup, { each: true })
  regionalGroups?: RegionalGroup[];
}

@ArgsType()
export class CheckBallotArgs {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;

  @Field(() => Int, { description: 'The round the paper is for: the next one, or a later one.' })
  @IsInt()
  @Min(1)
  round: number;

  @Field(() => [ID], { description: 'The candidacies named on the ballot paper.' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  candidacyIds: string[];
}

@ArgsType()
export class RoundArgs {
  @Field(() => Int, { nullable: true, description: 'The round; default the next one to be held.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  round?: number;
}
