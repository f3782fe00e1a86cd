import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { groupBy } from '../../common/group-by.js';
import type { CandidacyStatus, ElectionStatus, ElectionType } from '../../common/domain.enums.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import {
  statesPartiesOn,
  type JudgeList,
  type RegionalGroup,
  type SittingJudge,
  type StatesPartiesByGroup,
} from '../slate/index.js';
import { StatesService } from '../states/states.service.js';
import { isRulesJudgeList, rulesElectionType, type CandidacyFacts, type ElectionFacts } from './election-facts.js';

interface ElectionRow {
  id: string;
  type: ElectionType;
  status: ElectionStatus;
  seats: number;
  voting_starts_on: string | null;
  regional_seats: Partial<Record<RegionalGroup, number>> | null;
  prosecutor_nationality: string | null;
}

interface CandidacyRow {
  id: string;
  election_id: string;
  status: CandidacyStatus;
  list: string | null;
  post: number | null;
  gender: string;
  nationality: string;
  regional_group: RegionalGroup | null;
}

interface JudgeRow {
  election_id: string;
  nationality: string;
  gender: string;
  list: JudgeList;
  regional_group: RegionalGroup;
}

/**
 * Loads what the election rules need, for many elections at once: four statements whatever their
 * number. Inside a transaction, pass its manager so the facts include the uncommitted change.
 */
@Injectable()
export class ElectionFactsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(StatesService) private readonly states: StatesService,
  ) {}

  async load(
    electionIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    on?: string,
  ): Promise<Map<string, ElectionFacts>> {
    const ids = [...new Set(electionIds)];
    if (ids.length === 0) return new Map();
    const elections: ElectionRow[] = await manager.query(
      `SELECT id, type, status, seats, to_char(voting_starts_on, 'YYYY-MM-DD') AS voting_starts_on,
              regional_seats, prosecutor_nationality
       FROM election WHERE id = ANY($1)`,
      [ids],
    );
    // The regional group of the candidate's nationality's State, else the nominating State's
    // (as CandidaciesService.regionalGroupOf); null for a Prosecutor-nominated non-party national.
    const candidacies: CandidacyRow[] = await manager.query(
      `SELECT c.id, c.election_id, c.status, c.list, c.post, p.gender, p.nationality,
              COALESCE(ns.regional_group, st.regional_group) AS regional_group
       FROM candidacy c
       JOIN person p ON p.id = c.person_id
       LEFT JOIN state_party st ON st.code = c.nominating_state_code
       LEFT JOIN state_party ns ON ns.code = p.nationality
       WHERE c.election_id = ANY($1)
       ORDER BY c.created_at, c.id`,
      [ids],
    );
    const judges: JudgeRow[] = await manager.query(
      // A judge's group is their nationality's (the States table).
      `SELECT j.election_id, j.nationality, j.gender, j.list, s.regional_group
       FROM sitting_judge j JOIN state_party s ON s.code = j.nationality WHERE j.election_id = ANY($1)`,
      [ids],
    );
    const members = await this.states.memberships(manager);
    const counts = new Map<string, StatesPartiesByGroup>();
    const countOn = (day: string): StatesPartiesByGroup => {
      const known = counts.get(day);
      if (known) return known;
      const computed = statesPartiesOn(members, day);
      counts.set(day, computed);
      return computed;
    };

    const candidaciesOf = groupBy(candidacies, (c) => c.election_id);
    const judgesOf = groupBy(judges, (j) => j.election_id);
    const result = new Map<string, ElectionFacts>();
    for (const e of elections) {
      const countedOn = on ?? e.voting_starts_on ?? this.clock.today();
      result.set(e.id, {
        electionId: e.id,
        type: rulesElectionType(e.type),
        status: e.status,
        seats: e.seats,
        candidacies: (candidaciesOf.get(e.id) ?? []).map(toCandidacyFacts),
        sittingJudges: (judgesOf.get(e.id) ?? []).map((j): SittingJudge => ({
          nationality: j.nationality.trim(),
          gender: j.gender,
          list: j.list,
          regionalGroup: j.regional_group,
        })),
        statesPartiesByGroup: countOn(countedOn),
        countedOn,
        regionalSeats: e.regional_seats,
        prosecutorNationality: e.prosecutor_nationality?.trim() ?? null,
        votingStartsOn: e.voting_starts_on,
      });
    }
    return result;
  }

  /** Per-request loader: every election of a response in one batch. */
  loader(loaders: LoaderRegistry): DataLoader<string, ElectionFacts | null> {
    return loaders.get(
      'electionFacts',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const facts = await this.load(ids);
          return ids.map((id) => facts.get(id) ?? null);
        }),
    );
  }
}

function toCandidacyFacts(c: CandidacyRow): CandidacyFacts {
  return {
    id: c.id,
    electionId: c.election_id,
    status: c.status,
    nationality: c.nationality.trim(),
    gender: c.gender,
    ...(isRulesJudgeList(c.list) && { list: c.list }),
    ...(c.post !== null && { post: String(c.post) }),
    regionalGroup: c.regional_group,
  };
}
