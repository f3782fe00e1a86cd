import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { joinedEntity, leanByKeys, leanColumns, splitJoined, type JoinedRow } from '../../common/lean-columns.js';
import { preparedRead } from '../../database/prepared-read.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import { CandidacyStatus, ElectionStatus, ElectionType, Nominator, RegionalGroup } from '../../common/domain.enums.js';
import { badInput, conflict, notFound, ruleViolation } from '../../common/errors.js';
import { groupFor, pickFor } from '../../common/group-by.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { ElectionsService } from '../elections/elections.service.js';
import { regionalSeatsOf } from '../elections/models/election.model.js';
import { rulesElectionType } from '../slate-flags/election-facts.js';
import { deputyNominationViolation, nominatorFor } from '../slate/index.js';
import { SlateFlagsService } from '../slate-flags/slate-flags.service.js';
import { isPartyOn, StatesService } from '../states/states.service.js';
import {
  type CandidacyWarningCode,
  NominationRule,
  sameNationalityPeers,
  SAME_NATIONALITY_WARNING,
} from './candidacies.rules.js';
import type { CandidacyFilter, NominateCandidateInput, WithdrawCandidacyInput } from './dto/candidacy.inputs.js';
import { CandidacyEntity } from './entities/candidacy.entity.js';
import { PersonEntity, type PersonRow } from './entities/person.entity.js';
import { StatePartyEntity } from '../states/entities/state-party.entity.js';

export interface CandidacyPage {
  readonly rows: CandidacyEntity[];
  readonly total: number;
}

export interface CandidacyWarning {
  readonly code: CandidacyWarningCode;
  readonly message: string;
  readonly candidacyIds: string[];
}

/** The SQL of a candidacy filter, shared by the page and the count. Parameters are numbered from `from`. */
export function candidacyFilterSql(
  filter: CandidacyFilter | undefined,
  from: number,
): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${from + params.length - 1}`));
  };
  if (filter?.status?.length) add((n) => `c.status::text = ANY(${n})`, filter.status);
  if (filter?.list) add((n) => `c.list = ${n}`, filter.list);
  if (filter?.gender) add((n) => `p.gender = ${n}`, filter.gender);
  if (filter?.nominatingState) add((n) => `c.nominating_state_code = ${n}`, filter.nominatingState);
  if (filter?.regionalGroup) add((n) => `COALESCE(ns.regional_group, st.regional_group) = ${n}`, filter.regionalGroup);
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), params };
}

/**
 * The tables a candidacy filter reads: the candidacy `c`, its person `p`, its State `st`, its
 * nationality's `ns`. Every candidacy has its person (person_id is a non-null foreign key), so the
 * person is LEFT JOINed only so that PostgreSQL leaves it out where nothing reads it (a count).
 */
export const CANDIDACY_FROM = `
  FROM candidacy c
  LEFT JOIN person p ON p.id = c.person_id
  LEFT JOIN state_party st ON st.code = c.nominating_state_code
  LEFT JOIN state_party ns ON ns.code = p.nationality`;

/** The tables of joinedColumns: the candidacy `c` (`on`: which), its person `p` and State `st`. */
const joined = (on: string) => `
  JOIN candidacy c ON ${on}
  JOIN person p ON p.id = c.person_id
  LEFT JOIN state_party st ON st.code = c.nominating_state_code`;

@Injectable()
export class CandidaciesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ElectionsService) private readonly elections: ElectionsService,
    @Inject(StatesService) private readonly states: StatesService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
  ) {}

  /** Records a nomination, enforcing the rules that apply at nomination (icc-election-rules.md §2). */
  nominate(input: NominateCandidateInput, author: Author): Promise<CandidacyEntity> {
    return this.dataSource.transaction((manager) => this.nominateIn(manager, input, author, 'nominateCandidate'));
  }

  /**
   * The one home of the nomination rules, inside the caller's transaction: a single nomination, or
   * each row of an import (which names its own audited operation).
   */
  async nominateIn(
    manager: EntityManager,
    input: NominateCandidateInput,
    author: Author,
    operation: string,
    // An import records the flags once for the whole file rather than after each row; its preview,
    // rolled back whatever happens, writes no audit entry (and so never waits for the append lock).
    { recordFlags = true, audit = true }: { recordFlags?: boolean; audit?: boolean } = {},
  ): Promise<CandidacyEntity> {
    if ((input.personId == null) === (input.person == null)) {
      throw badInput('Give either personId or person', [
        { field: 'personId', problems: ['exactly one of personId and person is required'] },
      ]);
    }
    const nominatedOn = input.nominatedOn ?? this.clock.today();
    this.clock.refuseFuture(nominatedOn, 'nominatedOn', 'A nomination cannot be dated in the future');
    // The election row lock serialises nominations to one election, so "one per State" holds under concurrency.
    const election = await this.elections.lock(manager, input.electionId);
    const flagsBefore = recordFlags ? await this.flags.current(manager, election.id) : null;
    this.checkShapeForType(election.type, election.seats, input);
    if (election.status !== ElectionStatus.NOMINATIONS_OPEN) {
      throw ruleViolation(NominationRule.NOMINATIONS_NOT_OPEN, `Nominations are not open (${election.status})`, {
        status: election.status,
      });
    }
    if (nominatedOn < election.nominationOpensOn || nominatedOn > election.nominationClosesOn) {
      throw ruleViolation(
        NominationRule.OUTSIDE_NOMINATION_PERIOD,
        `Nominations are accepted from ${election.nominationOpensOn} to ${election.nominationClosesOn}`,
        { opensOn: election.nominationOpensOn, closesOn: election.nominationClosesOn },
      );
    }
    // Rome Statute art. 42(4): Deputies come from the Prosecutor's list; everyone else from a State.
    const nominatedBy = Nominator[nominatorFor(rulesElectionType(election.type))];
    if ((nominatedBy === Nominator.STATE_PARTY) !== (input.nominatingState != null)) {
      throw ruleViolation(
        NominationRule.NOMINATOR,
        nominatedBy === Nominator.PROSECUTOR
          ? 'Deputy Prosecutors are nominated by the Prosecutor (art. 42(4)), not by a State'
          : 'A nominating State is required',
        { nominatedBy },
      );
    }
    const state = input.nominatingState ? await this.states.findByCode(input.nominatingState, manager) : null;
    if (input.nominatingState && (!state || !isPartyOn(state, nominatedOn))) {
      throw ruleViolation(
        NominationRule.NOMINATING_STATE_NOT_A_PARTY,
        `${input.nominatingState} is not a State Party on ${nominatedOn}`,
        { state: input.nominatingState },
      );
    }
    const given = input.person;
    const person = given
      ? manager.create(PersonEntity, {
          fullName: given.fullName.trim(),
          gender: given.gender,
          nationality: given.nationality,
          otherNationalities: [...new Set(given.otherNationalities ?? [])].filter((n) => n !== given.nationality),
          languages: [...new Set(given.languages ?? [])],
          biography: given.biography?.trim() || null,
          contactEmail: given.contactEmail?.trim().toLowerCase() ?? null,
        })
      : await manager.findOneBy(PersonEntity, { id: input.personId! });
    if (!person) throw notFound('Person', input.personId!);
    const nationality = person.nationality.trim();

    if (election.type === ElectionType.DEPUTY_PROSECUTOR) {
      const activeOnPost = await manager.countBy(CandidacyEntity, {
        electionId: election.id,
        post: input.post,
        status: CandidacyStatus.NOMINATED,
      });
      // art. 42(4): three candidates per post (nationality is checked below, with the other nationality rules).
      const full = deputyNominationViolation({ activeOnPost, nationality, prosecutorNationality: null });
      if (full) {
        throw ruleViolation(
          full,
          `Post ${input.post} already has the three candidates the Prosecutor nominates (art. 42(4))`,
          { post: input.post, nationality },
        );
      }
    }
    if (election.type === ElectionType.JUDGES && state) {
      // Rome Statute art. 36(4)(b): one candidate per State Party in any given election.
      const sameState = await manager.existsBy(CandidacyEntity, {
        electionId: election.id,
        nominatingStateCode: state.code,
        status: CandidacyStatus.NOMINATED,
      });
      if (sameState) {
        throw ruleViolation(
          NominationRule.ONE_CANDIDATE_PER_STATE,
          `${state.name} already has a candidate in this election`,
          { state: state.code },
        );
      }
    }
    await this.checkNationality(manager, election, nationality, nominatedOn, input.nominatingState ?? null, input.post);
    const isNewPerson = !person.id;
    const savedPerson = isNewPerson ? await manager.save(person) : person;
    if (person.id && (await manager.existsBy(CandidacyEntity, { electionId: election.id, personId: person.id }))) {
      throw conflict('This person is already a candidate in this election', { field: 'personId' });
    }
    const candidacy = await manager.save(
      manager.create(CandidacyEntity, {
        electionId: election.id,
        personId: savedPerson.id,
        nominatedBy,
        nominatingStateCode: state?.code ?? null,
        list: input.list ?? null,
        nominationProcedure: input.nominationProcedure ?? null,
        post: input.post ?? null,
        status: CandidacyStatus.NOMINATED,
        nominatedOn,
        withdrawnOn: null,
        withdrawalReason: null,
      }),
    );
    if (audit) {
      await this.audit.append(
        manager,
        author,
        ...(isNewPerson ? [{ operation, entityType: 'Person', entityId: savedPerson.id, after: savedPerson }] : []),
        { operation, entityType: 'Candidacy', entityId: candidacy.id, after: candidacy },
      );
    }
    const cause = { operation, entityType: 'Candidacy', entityId: candidacy.id };
    if (flagsBefore) await this.flags.record(manager, election.id, flagsBefore, cause);
    return candidacy;
  }

  /**
   * The rules a candidate's nationality must meet in an election, at nomination and whenever the
   * nationality is corrected later. Judges: a national of a State Party (art. 36(4)(b)), not of a
   * sitting judge's State (art. 36(7)). Deputies: not of the Prosecutor's nationality (art. 42(2)).
   * TFV Board and CBF: a candidate's group must have a seat up; CBF members are nationals of States
   * Parties (ICC-ASP/1/Res.4). The rules themselves live in the slate library.
   */
  async checkNationality(
    manager: EntityManager,
    election: ElectionEntity,
    nationality: string,
    on: string,
    nominatingState: string | null,
    post?: number | null,
  ): Promise<void> {
    if (election.type === ElectionType.JUDGES) {
      const home = await this.states.findByCode(nationality, manager);
      if (!home || !isPartyOn(home, on)) {
        throw ruleViolation(
          NominationRule.CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY,
          `A judicial candidate must be a national of a State Party; ${nationality} is not one on ${on}`,
          { nationality },
        );
      }
      const sitting = await this.elections.sittingJudges(manager, election.id);
      if (sitting.some((j) => j.nationality.trim() === nationality)) {
        throw ruleViolation(
          NominationRule.NATIONALITY_OF_SITTING_JUDGE,
          `A judge of the same nationality (${nationality}) stays in office: the candidate could never be seated`,
          { nationality },
        );
      }
    }
    if (election.type === ElectionType.DEPUTY_PROSECUTOR) {
      const broken = deputyNominationViolation({
        activeOnPost: 0,
        nationality,
        prosecutorNationality: election.prosecutorNationality?.trim() ?? null,
      });
      if (broken) {
        throw ruleViolation(
          broken,
          'The Prosecutor and the Deputy Prosecutors are of different nationalities (art. 42(2))',
          { post, nationality },
        );
      }
    }
    if (election.type === ElectionType.TFV_BOARD || election.type === ElectionType.COMMITTEE_ON_BUDGET_AND_FINANCE) {
      const home = await this.states.findByCode(nationality, manager);
      if (election.type === ElectionType.COMMITTEE_ON_BUDGET_AND_FINANCE && (!home || !isPartyOn(home, on))) {
        throw ruleViolation(
          NominationRule.CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY,
          `A CBF member is a national of a State Party; ${nationality} is not one on ${on}`,
          { nationality },
        );
      }
      const group =
        home?.regionalGroup ??
        (nominatingState ? (await this.states.findByCode(nominatingState, manager))?.regionalGroup : null);
      const up = regionalSeatsOf(election)?.find((r) => r.regionalGroup === group);
      if (!up) {
        throw ruleViolation(
          NominationRule.REGIONAL_SEAT_NOT_UP,
          `No seat of ${group ?? 'this group'} is up in this election`,
          { regionalGroup: group },
        );
      }
    }
  }

  private checkShapeForType(type: ElectionType, seats: number, input: NominateCandidateInput): void {
    if (type === ElectionType.JUDGES) {
      // art. 36(5): every candidate is on exactly one list.
      if (!input.list)
        throw ruleViolation(NominationRule.JUDGE_LIST_REQUIRED, 'A judicial candidate is on list A or B');
      // art. 36(4)(a): nominated by one of the two national procedures.
      if (!input.nominationProcedure) {
        throw ruleViolation(
          NominationRule.NOMINATION_PROCEDURE_REQUIRED,
          'A judicial nomination states its national procedure (art. 36(4)(a))',
        );
      }
    } else if (input.list || input.nominationProcedure) {
      throw badInput('Only judicial candidacies have a list and a nomination procedure', [
        { field: input.list ? 'list' : 'nominationProcedure', problems: [`not used in a ${type} election`] },
      ]);
    }
    if (type === ElectionType.DEPUTY_PROSECUTOR) {
      if (!input.post || input.post > seats) {
        throw badInput('A Deputy Prosecutor candidacy names its post', [
          { field: 'post', problems: [`must be 1 to ${seats}`] },
        ]);
      }
    } else if (input.post) {
      throw badInput('Only Deputy Prosecutor candidacies have a post', [
        { field: 'post', problems: [`not used in a ${type} election`] },
      ]);
    }
  }

  async withdraw(input: WithdrawCandidacyInput, author: Author): Promise<CandidacyEntity> {
    const withdrawnOn = input.withdrawnOn ?? this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CandidacyEntity, { id: input.id });
      if (!found) throw notFound('Candidacy', input.id);
      await this.elections.lock(manager, found.electionId);
      const flagsBefore = await this.flags.current(manager, found.electionId);
      const candidacy = await manager.findOneByOrFail(CandidacyEntity, { id: input.id });
      if (candidacy.status !== CandidacyStatus.NOMINATED) {
        throw ruleViolation(
          NominationRule.CANDIDACY_NOT_ACTIVE,
          `Only a standing candidacy can be withdrawn; this one is ${candidacy.status}`,
          { status: candidacy.status },
        );
      }
      if (withdrawnOn < candidacy.nominatedOn || withdrawnOn > this.clock.latestToday()) {
        throw badInput('The withdrawal date is not possible', [
          { field: 'withdrawnOn', problems: [`must be between ${candidacy.nominatedOn} and today`] },
        ]);
      }
      await updateVersioned(
        manager,
        CandidacyEntity,
        'Candidacy',
        candidacy.id,
        candidacy.version,
        {
          status: CandidacyStatus.WITHDRAWN,
          withdrawnOn,
          withdrawalReason: input.reason.trim(),
        },
        author.actor,
      );
      // A withdrawn candidate's invitations stop working (no more reminders, no late answers).
      await manager.query(`UPDATE invitation SET revoked_at = $2 WHERE candidacy_id = $1 AND revoked_at IS NULL`, [
        candidacy.id,
        this.clock.now(),
      ]);
      const after = await manager.findOneByOrFail(CandidacyEntity, { id: candidacy.id });
      await this.audit.append(manager, author, {
        operation: 'withdrawCandidacy',
        entityType: 'Candidacy',
        entityId: candidacy.id,
        before: candidacy,
        after,
      });
      const cause = { operation: 'withdrawCandidacy', entityType: 'Candidacy', entityId: candidacy.id };
      await this.flags.record(manager, candidacy.electionId, flagsBefore, cause);
      return after;
    });
  }

  /**
   * One page of candidacies for each of several elections, with the same filter and page: one
   * statement whatever the number of elections (keyset per election via a window function), two
   * after a cursor; the persons and States come with them (into `loaders`).
   */
  async pagesForElections(
    electionIds: readonly string[],
    filter: CandidacyFilter | undefined,
    limit: number,
    after: string | undefined,
    loaders?: LoaderRegistry,
  ): Promise<CandidacyPage[]> {
    const where = candidacyFilterSql(filter, 2);
    const params: unknown[] = [electionIds, ...where.params];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      keyset = ` AND (c.created_at, c.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(limit + 1);
    // One statement for a first page: the total counted over the same rows. After a cursor the rows
    // are only those past it, so the total is a statement of its own.
    const counted = after === undefined;
    const [rows, countRows] = await Promise.all([
      preparedRead<Record<string, unknown>>(
        this.dataSource,
        `SELECT ${this.joinedColumns(false)}${counted ? ', k.total AS "page.total"' : ''} FROM (
           SELECT c.id, row_number() OVER (PARTITION BY c.election_id ORDER BY c.created_at, c.id) AS rn
                  ${counted ? ', count(*) OVER (PARTITION BY c.election_id) AS total' : ''}
           ${CANDIDACY_FROM} WHERE c.election_id = ANY($1)${where.sql}${keyset}
         ) k ${joined('c.id = k.id')}
         WHERE k.rn <= $${params.length} ORDER BY c.created_at, c.id`,
        params,
      ),
      counted
        ? []
        : preparedRead<{ election_id: string; n: string }>(
            this.dataSource,
            `SELECT c.election_id, count(*) AS n ${CANDIDACY_FROM} WHERE c.election_id = ANY($1)${where.sql} GROUP BY c.election_id`,
            [electionIds, ...where.params],
          ),
    ]);
    const totals = new Map(countRows.map((r) => [r.election_id, Number(r.n)]));
    const split = splitJoined(rows);
    if (counted) for (const row of split) totals.set(row.own.electionId as string, Number(row.joined.page.total));
    const pages = groupFor(electionIds, this.primeJoined(split, loaders), (r) => r.electionId);
    return pages.map((group, i) => ({ rows: group, total: totals.get(electionIds[i]) ?? 0 }));
  }

  /**
   * A candidacy's columns with its person's and nominating State's (prefixed), for the reads that
   * show them with it: one statement where the loaders would take three. Read with primeJoined. A
   * page of candidacies leaves the persons' biographies out (PersonRow): a list shows names, and 400
   * biographies of a few thousand characters were most of what a list of elections read.
   */
  private joinedColumns(withBiography: boolean): string {
    return [
      leanColumns(this.dataSource, CandidacyEntity, 'c'),
      leanColumns(this.dataSource, PersonEntity, 'p', {
        prefix: 'person.',
        except: withBiography ? [] : ['biography'],
      }),
      leanColumns(this.dataSource, StatePartyEntity, 'st', { prefix: 'state.' }),
    ].join(', ');
  }

  /** The candidacies of joinedColumns' rows; their persons, States (and elections) go to those loaders. */
  private primeJoined(rows: JoinedRow[], loaders: LoaderRegistry | undefined): CandidacyEntity[] {
    if (loaders) {
      for (const row of rows) {
        const person = joinedEntity<PersonRow>(row, 'person');
        const state = joinedEntity<StatePartyEntity>(row, 'state', 'code');
        const election = joinedEntity<ElectionEntity>(row, 'election');
        if (person) loaders.prime('personById', this.newPersonLoader, person.id, person);
        if (state) this.states.prime(loaders, state);
        if (election) this.elections.prime(loaders, election);
      }
    }
    return rows.map((r) => r.own as unknown as CandidacyEntity);
  }

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, CandidacyEntity | null> {
    return loaders.get(
      'candidacyById',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          // With the person, State and election (into their loaders): what a candidacy's page shows.
          const rows = await preparedRead<Record<string, unknown>>(
            this.dataSource,
            `SELECT ${this.joinedColumns(true)}, ${leanColumns(this.dataSource, ElectionEntity, 'e', { prefix: 'election.' })}
             FROM (SELECT unnest($1::uuid[]) AS id) k ${joined('c.id = k.id')}
             JOIN election e ON e.id = c.election_id`,
            [ids],
          );
          return pickFor(ids, this.primeJoined(splitJoined(rows), loaders), (r) => r.id);
        }),
    );
  }

  byPersonLoader(loaders: LoaderRegistry): DataLoader<string, CandidacyEntity[]> {
    return loaders.get(
      'candidaciesByPerson',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(CandidacyEntity)
            .find({ where: { personId: In([...ids]) }, order: { createdAt: 'ASC' } });
          return groupFor(ids, rows, (r) => r.personId);
        }),
    );
  }

  private readonly newPersonLoader = () =>
    new DataLoader((ids: readonly string[]) => leanByKeys(this.dataSource, PersonEntity, ids));

  /** Persons by id; one a list read brought comes without its biography (PersonRow). */
  personLoader(loaders: LoaderRegistry): DataLoader<string, PersonRow | null> {
    return loaders.get('personById', this.newPersonLoader);
  }

  /** The person, at once when a joined read brought it (LoaderRegistry.loadNow). */
  personNow(loaders: LoaderRegistry, id: string): PersonRow | null | Promise<PersonRow | null> {
    return loaders.loadNow('personById', this.newPersonLoader, id);
  }

  /** Biographies by person id, for the persons a list read brought without theirs. */
  biographyLoader(loaders: LoaderRegistry): DataLoader<string, string | null> {
    return loaders.get(
      'biographyByPerson',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await preparedRead<{ id: string; biography: string | null }>(
            this.dataSource,
            `SELECT p.id, p.biography FROM person p WHERE p.id = ANY($1)`,
            [ids],
          );
          return pickFor(ids, rows, (r) => r.id).map((r) => r?.biography ?? null);
        }),
    );
  }

  /** Warnings per candidacy, batched by election (one statement for all the elections in a request). */
  warningsLoader(loaders: LoaderRegistry): DataLoader<string, Map<string, CandidacyWarning[]>> {
    return loaders.get(
      'warningsByElection',
      () =>
        new DataLoader(async (electionIds: readonly string[]) => {
          const rows: { id: string; election_id: string; nationality: string }[] = await this.dataSource.query(
            `SELECT c.id, c.election_id, p.nationality FROM candidacy c JOIN person p ON p.id = c.person_id
           WHERE c.election_id = ANY($1) AND c.status IN ('NOMINATED', 'ELECTED')`,
            [electionIds],
          );
          const peers = sameNationalityPeers(
            rows.map((r) => ({ id: r.id, electionId: r.election_id, nationality: r.nationality })),
          );
          return electionIds.map(() => {
            const warnings = new Map<string, CandidacyWarning[]>();
            for (const [id, others] of peers) {
              warnings.set(id, [
                {
                  code: SAME_NATIONALITY_WARNING,
                  message: 'Another candidate of the same nationality stands: both cannot be elected (art. 36(7))',
                  candidacyIds: others,
                },
              ]);
            }
            return warnings;
          });
        }),
    );
  }

  /**
   * The regional group a candidacy counts for: the candidate's nationality, else the nominating State;
   * null for a Prosecutor-nominated Deputy candidate whose nationality is not in the States table.
   */
  async regionalGroupOf(
    candidacy: Pick<CandidacyEntity, 'personId' | 'nominatingStateCode'>,
    loaders: LoaderRegistry,
  ): Promise<RegionalGroup | null> {
    const person = await this.personLoader(loaders).load(candidacy.personId);
    const [home, nominating] = await Promise.all([
      person ? this.states.loader(loaders).load(person.nationality.trim()) : null,
      candidacy.nominatingStateCode ? this.states.loader(loaders).load(candidacy.nominatingStateCode.trim()) : null,
    ]);
    return (home ?? nominating)?.regionalGroup ?? null;
  }

  findPersonContact(personId: string, manager: EntityManager = this.dataSource.manager): Promise<PersonEntity | null> {
    return manager.findOneBy(PersonEntity, { id: personId });
  }
}
