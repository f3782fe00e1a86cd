import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { slateFlagKey, type SlateFlag, type SlateFlagKind, type SlateFlagScope } from '../../slate/index.js';
import type { SlateFlagEventEntity } from '../entities/slate-flag-event.entity.js';
import { SLATE_FLAG_CHANGES, SLATE_FLAG_KINDS, SLATE_FLAG_SCOPES, type SlateFlagChange } from '../slate-flags.enums.js';

@ObjectType('SlateFlag', {
  description: 'Where voters have no, or too little, choice (a clean slate). A flag never elects anyone.',
})
export class SlateFlagModel {
  @Field(() => SLATE_FLAG_SCOPES, { description: 'What the flag is about.' })
  scope: SlateFlagScope;

  @Field(() => String, {
    nullable: true,
    description: 'Which one: the list (A, B), gender, regional group or post (1, 2...); null for the election.',
  })
  scopeValue: string | null;

  @Field(() => SLATE_FLAG_KINDS, { description: 'What is wrong.' })
  kind: SlateFlagKind;

  @Field(() => Int, {
    description:
      'Seats at stake; for NO_CHOICE the requirement in force, for NOMINATION_SHORTFALL the candidates wanted.',
  })
  seats: number;

  @Field(() => Int, { description: 'Candidates standing in this scope.' })
  candidates: number;

  @Field(() => Date, { nullable: true, description: 'When the flag was last raised (null if before records began).' })
  since: Date | null;
}

export const toSlateFlagModel = (flag: SlateFlag, raisedAt: ReadonlyMap<string, Date>): SlateFlagModel => ({
  scope: flag.scope,
  scopeValue: flag.scopeValue,
  kind: flag.kind,
  seats: flag.seats,
  candidates: flag.candidates,
  since: raisedAt.get(slateFlagKey(flag)) ?? null,
});

@ObjectType('SlateFlagEvent', { description: 'A slate flag raised, cleared or changed, and the write that did it.' })
export class SlateFlagEventModel {
  @Field(() => SLATE_FLAG_CHANGES, { description: 'What happened to the flag.' })
  change: SlateFlagChange;

  @Field(() => SLATE_FLAG_SCOPES, { description: 'What the flag is about.' })
  scope: SlateFlagScope;

  @Field(() => String, { nullable: true, description: 'Which one, as in SlateFlag.scopeValue.' })
  scopeValue: string | null;

  @Field(() => SLATE_FLAG_KINDS, { description: 'The kind of flag.' })
  kind: SlateFlagKind;

  @Field(() => Int, { description: "The flag's seats after the change (before it, when cleared)." })
  seats: number;

  @Field(() => Int, { description: "The flag's candidates after the change (before it, when cleared)." })
  candidates: number;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field({ description: 'The operation that caused it, e.g. nominateCandidate.' })
  operation: string;

  @Field({ description: 'The kind of record that operation wrote, e.g. Candidacy.' })
  entityType: string;

  @Field(() => ID, { description: 'The id of that record.' })
  entityId: string;
}

export const toSlateFlagEventModel = (e: SlateFlagEventEntity): SlateFlagEventModel => ({
  change: e.change,
  scope: e.scope,
  scopeValue: e.scopeValue,
  kind: e.kind,
  seats: e.seats,
  candidates: e.candidates,
  at: e.at,
  operation: e.operation,
  entityType: e.entityType,
  entityId: e.entityId,
});

/** What slateFlagChanged carries through PostgreSQL NOTIFY (JSON: the time as an ISO string). */
export interface SlateFlagsChangedPayload {
  readonly electionId: string;
  readonly events: readonly (Omit<SlateFlagEventModel, 'at'> & { readonly at: string })[];
}

@ObjectType('SlateFlagsChanged', { description: "An election's slate flags changed: what changed, and why." })
export class SlateFlagsChangedModel {
  @Field(() => ID, { description: 'The election.' })
  electionId: string;

  @Field(() => [SlateFlagEventModel], { description: 'The flags raised, cleared or changed by one write.' })
  events: SlateFlagEventModel[];
}

export const toSlateFlagsChangedModel = (p: SlateFlagsChangedPayload): SlateFlagsChangedModel => ({
  electionId: p.electionId,
  events: p.events.map((e) => ({ ...e, at: new Date(e.at) })),
});
