import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ElectionType } from '../../../common/domain.enums.js';
import type { RubricEntity } from '../entities/rubric.entity.js';

@ObjectType('RubricCriterion', { description: 'One criterion a panel assesses, with its rating scale.' })
export class RubricCriterionModel {
  @Field({ description: 'Stable key, e.g. moral_character.' })
  key: string;

  @Field({ description: 'The criterion in English.' })
  labelEn: string;

  @Field({ description: 'The criterion in French.' })
  labelFr: string;

  @Field(() => [String], { description: 'The ratings that may be given, best first.' })
  scale: string[];
}

@ObjectType('Rubric', { description: 'An assessment rubric: the criteria a panel rates candidates on.' })
export class RubricModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Stable key, e.g. judges-default.' })
  key: string;

  @Field({ description: 'Name of the rubric.' })
  name: string;

  @Field(() => ElectionType, { nullable: true, description: 'The election type a default rubric is built for.' })
  electionType: ElectionType | null;

  @Field(() => [RubricCriterionModel], { description: 'The criteria, in order.' })
  criteria: RubricCriterionModel[];

  @Field(() => [String], { description: "The ratings of the panel's overall conclusion, best first." })
  overallScale: string[];
}

export const toRubricModel = (e: RubricEntity): RubricModel => ({
  id: e.id,
  key: e.key,
  name: e.name,
  electionType: e.electionType,
  criteria: e.criteria.map((c) => ({ key: c.key, labelEn: c.labelEn, labelFr: c.labelFr, scale: [...c.scale] })),
  overallScale: e.overallScale,
});
