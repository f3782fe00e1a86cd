import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Connection, pageSize, toConnection, type ConnectionShape } from '../../../common/pagination/connection.js';
import type { RequestContext } from '../../../common/request-context.js';
import { Public } from '../../auth/auth.decorators.js';
import { seesDraftElections } from '../../elections/election-visibility.js';
import {
  CandidacyConnection,
  CandidacyModel,
  PersonModel,
  toCandidacyModel,
  toPersonModel,
} from '../models/candidacy.model.js';
import { CandidacySearchArgs, PeopleArgs } from './candidacy-search.args.js';
import { CandidacySearchService } from './candidacy-search.service.js';

export const PersonConnection = Connection(PersonModel, 'Person');

@Resolver()
export class CandidacySearchResolver {
  constructor(@Inject(CandidacySearchService) private readonly service: CandidacySearchService) {}

  @Public()
  @Query(() => CandidacyConnection, {
    description:
      'Candidacies across elections, oldest nomination first: by name (accents and case ignored), nationality, ' +
      'nominating State, regional group, election type, year, status, list, gender, or change time (sync).',
  })
  async candidacies(
    @Args() args: CandidacySearchArgs,
    @Context() ctx: RequestContext,
  ): Promise<ConnectionShape<CandidacyModel>> {
    const limit = pageSize(args);
    const { rows, total } = await this.service.candidacies(
      args.filter,
      seesDraftElections(ctx.actor),
      limit,
      args.after,
    );
    return toConnection(rows, limit, total, (c) => [c.createdAt.toISOString(), c.id], toCandidacyModel);
  }

  @Public()
  @Query(() => PersonConnection, {
    description: 'Nominees across elections, by name (accents and case ignored) or change time (sync).',
  })
  async people(@Args() args: PeopleArgs, @Context() ctx: RequestContext): Promise<ConnectionShape<PersonModel>> {
    const limit = pageSize(args);
    const { rows, total } = await this.service.people(
      args.search,
      args.updatedSince,
      seesDraftElections(ctx.actor),
      limit,
      args.after,
    );
    return toConnection(rows, limit, total, (p) => [p.createdAt.toISOString(), p.id], toPersonModel);
  }
}
