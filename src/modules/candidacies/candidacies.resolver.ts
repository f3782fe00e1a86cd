import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { RegionalGroup, StaffRole } from '../../common/domain.enums.js';
import { notFound } from '../../common/errors.js';
import { pageSize, toConnection, type ConnectionShape } from '../../common/pagination/connection.js';
import { mapNow, type RequestContext } from '../../common/request-context.js';
import type { Author } from '../../common/author.js';
import { CurrentAuthor, Public, Roles } from '../auth/auth.decorators.js';
import { isElectionVisible } from '../elections/election-visibility.js';
import { ElectionsService } from '../elections/elections.service.js';
import { ElectionModel, toElectionModel } from '../elections/models/election.model.js';
import { StatePartyModel, toStatePartyModel } from '../states/models/state-party.model.js';
import { StatesService } from '../states/states.service.js';
import { CandidaciesService } from './candidacies.service.js';
import { CandidaciesArgs, IdArgs } from './dto/candidacy.args.js';
import { NominateCandidateInput, WithdrawCandidacyInput } from './dto/candidacy.inputs.js';
import {
  CandidacyConnection,
  CandidacyModel,
  CandidacyWarningModel,
  PersonContactModel,
  PersonModel,
  toCandidacyModel,
  toPersonModel,
} from './models/candidacy.model.js';

// A field resolver without arguments takes (parent, args, context) undecorated: Nest then calls it
// directly, without building an execution context, pipes and parameters on every call.
@Resolver(() => CandidacyModel)
export class CandidaciesResolver {
  constructor(
    @Inject(CandidaciesService) private readonly service: CandidaciesService,
    @Inject(ElectionsService) private readonly electionsService: ElectionsService,
    @Inject(StatesService) private readonly states: StatesService,
  ) {}

  @Public()
  @Query(() => CandidacyModel, { nullable: true, description: 'One candidacy, or null.' })
  async candidacy(@Args() { id }: IdArgs, @Context() ctx: RequestContext): Promise<CandidacyModel | null> {
    const candidacy = await this.service.byIdLoader(ctx.loaders).load(id);
    if (!candidacy) return null;
    const election = await this.electionsService.byIdLoader(ctx.loaders).load(candidacy.electionId);
    return election && isElectionVisible(ctx.actor, election) ? toCandidacyModel(candidacy) : null;
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => CandidacyModel, { description: "Record a State's nomination of a candidate in an election." })
  async nominateCandidate(
    @Args('input') input: NominateCandidateInput,
    @CurrentAuthor() author: Author,
  ): Promise<CandidacyModel> {
    return toCandidacyModel(await this.service.nominate(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => CandidacyModel, {
    description: 'Record a withdrawal; the candidacy is kept, with its date and reason.',
  })
  async withdrawCandidacy(
    @Args('input') input: WithdrawCandidacyInput,
    @CurrentAuthor() author: Author,
  ): Promise<CandidacyModel> {
    return toCandidacyModel(await this.service.withdraw(input, author));
  }

  @ResolveField(() => PersonModel, { description: 'The person nominated.' })
  person(c: CandidacyModel, _: unknown, ctx: RequestContext): PersonModel | Promise<PersonModel> {
    return mapNow(this.service.personNow(ctx.loaders, c.personId), (person) => {
      if (!person) throw notFound('Person', c.personId);
      return toPersonModel(person);
    });
  }

  @ResolveField(() => StatePartyModel, {
    nullable: true,
    description: 'The nominating State; null when the Prosecutor nominated (Deputy Prosecutors, art. 42(4)).',
  })
  nominatingState(
    c: CandidacyModel,
    _: unknown,
    ctx: RequestContext,
  ): StatePartyModel | null | Promise<StatePartyModel | null> {
    const code = c.nominatingStateCode;
    if (!code) return null;
    return mapNow(this.states.stateNow(ctx.loaders, code), (state) => {
      if (!state) throw notFound('StateParty', code);
      return toStatePartyModel(state);
    });
  }

  @ResolveField(() => ElectionModel, { description: 'The election the candidacy is in.' })
  election(c: CandidacyModel, _: unknown, ctx: RequestContext): ElectionModel | Promise<ElectionModel> {
    return mapNow(this.electionsService.electionNow(ctx.loaders, c.electionId), (election) => {
      if (!election) throw notFound('Election', c.electionId);
      return toElectionModel(election);
    });
  }

  @ResolveField(() => RegionalGroup, {
    nullable: true,
    description:
      "The regional group the candidacy counts for: the candidate's nationality's group (else the nominating " +
      "State's); null for a Deputy candidate whose nationality is not a State Party's.",
  })
  async regionalGroup(c: CandidacyModel, _: unknown, ctx: RequestContext): Promise<RegionalGroup | null> {
    return this.service.regionalGroupOf(c, ctx.loaders);
  }

  @ResolveField(() => [CandidacyWarningModel], {
    description: 'Allowed but noteworthy, e.g. another candidate of the same nationality (both cannot be elected).',
  })
  async warnings(c: CandidacyModel, _: unknown, ctx: RequestContext): Promise<CandidacyWarningModel[]> {
    return (await this.service.warningsLoader(ctx.loaders).load(c.electionId)).get(c.id) ?? [];
  }
}

@Resolver(() => ElectionModel)
export class ElectionCandidaciesResolver {
  constructor(@Inject(CandidaciesService) private readonly service: CandidaciesService) {}

  @ResolveField(() => CandidacyConnection, { description: 'The candidacies in this election, in nomination order.' })
  async candidacies(
    @Parent() election: ElectionModel,
    @Args() args: CandidaciesArgs,
    @Context() ctx: RequestContext,
  ): Promise<ConnectionShape<CandidacyModel>> {
    const limit = pageSize(args);
    // One loader per distinct (filter, page) so sibling elections share one batched query.
    const key = `candidacyPages:${JSON.stringify([args.filter ?? null, limit, args.after ?? null])}`;
    const loader = ctx.loaders.get(
      key,
      () =>
        new DataLoader((ids: readonly string[]) =>
          this.service.pagesForElections(ids, args.filter, limit, args.after, ctx.loaders),
        ),
    );
    const { rows, total } = await loader.load(election.id);
    return toConnection(rows, limit, total, (c) => [c.createdAt.toISOString(), c.id], toCandidacyModel);
  }
}

@Resolver(() => PersonModel)
export class PersonsResolver {
  constructor(
    @Inject(CandidaciesService) private readonly service: CandidaciesService,
    @Inject(StatesService) private readonly states: StatesService,
    @Inject(ElectionsService) private readonly electionsService: ElectionsService,
  ) {}

  @Public()
  @Query(() => PersonModel, { nullable: true, description: 'One nominee, or null.' })
  async person(@Args() { id }: IdArgs, @Context() ctx: RequestContext): Promise<PersonModel | null> {
    const person = await this.service.personLoader(ctx.loaders).load(id);
    if (!person) return null;
    // Observers see a person through a candidacy in an election they may see.
    const candidacies = await this.service.byPersonLoader(ctx.loaders).load(person.id);
    const elections = await this.electionsService
      .byIdLoader(ctx.loaders)
      .loadMany(candidacies.map((c) => c.electionId));
    const visible = elections.some((e) => e !== null && !(e instanceof Error) && isElectionVisible(ctx.actor, e));
    return visible ? toPersonModel(person) : null;
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Query(() => PersonContactModel, { description: "A nominee's private contact details (officers only)." })
  async personContact(@Args() { id }: IdArgs): Promise<PersonContactModel> {
    const person = await this.service.findPersonContact(id);
    if (!person) throw notFound('Person', id);
    return { personId: person.id, contactEmail: person.contactEmail };
  }

  @ResolveField(() => String, { nullable: true, description: 'Public biography.' })
  biography(p: PersonModel, _: unknown, ctx: RequestContext): string | null | Promise<string | null> {
    // A list read leaves it out (PersonRow): read then, batched, only when it is asked for.
    return p.biography !== undefined ? p.biography : this.service.biographyLoader(ctx.loaders).load(p.id);
  }

  @ResolveField(() => [CandidacyModel], { description: 'Every candidacy of this person, in any election.' })
  async candidacies(p: PersonModel, _: unknown, ctx: RequestContext): Promise<CandidacyModel[]> {
    return (await this.service.byPersonLoader(ctx.loaders).load(p.id)).map(toCandidacyModel);
  }

  @ResolveField(() => StatePartyModel, {
    nullable: true,
    description: 'The State of nationality, when it is or was a State Party.',
  })
  async nationalityState(p: PersonModel, _: unknown, ctx: RequestContext): Promise<StatePartyModel | null> {
    const state = await this.states.loader(ctx.loaders).load(p.nationality);
    return state ? toStatePartyModel(state) : null;
  }
}
