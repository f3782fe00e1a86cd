import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { decodeCursor } from '../../../common/pagination/cursor.js';
import { CandidacyEntity } from '../entities/candidacy.entity.js';
import { PersonEntity } from '../entities/person.entity.js';
import type { CandidacySearchFilter } from './candidacy-search.args.js';

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
const containing = (text: string): string => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Observers' search across elections. Only what observers may see: candidacies in elections past
 * DRAFT (the election publication policy), through the public columns only. Names are compared
 * by `search_text` (unaccented, lower case), served by a trigram index. Keyset pages ordered by
 * (created_at, id), like every list.
 */
@Injectable()
export class CandidacySearchService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async candidacies(
    filter: CandidacySearchFilter | undefined,
    seesDrafts: boolean,
    limit: number,
    after: string | undefined,
  ): Promise<{ rows: CandidacyEntity[]; total: number }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (!seesDrafts) clauses.push(`e.status <> 'DRAFT'`);
    if (filter?.name) add((n) => `search_text(p.full_name) LIKE search_text(${n})`, containing(filter.name));
    if (filter?.nationality) add((n) => `p.nationality = ${n}`, filter.nationality);
    if (filter?.nominatingState) add((n) => `c.nominating_state_code = ${n}`, filter.nominatingState);
    if (filter?.regionalGroup) {
      add((n) => `COALESCE(ns.regional_group, st.regional_group)::text = ${n}`, filter.regionalGroup);
    }
    if (filter?.electionType) add((n) => `e.type::text = ${n}`, filter.electionType);
    if (filter?.year) add((n) => `extract(year FROM e.nomination_opens_on) = ${n}`, filter.year);
    if (filter?.status?.length) add((n) => `c.status::text = ANY(${n})`, filter.status);
    if (filter?.list) add((n) => `c.list::text = ${n}`, filter.list);
    if (filter?.gender) add((n) => `p.gender::text = ${n}`, filter.gender);
    if (filter?.updatedSince) {
      add((n) => `greatest(c.updated_at, p.updated_at) >= ${n}`, filter.updatedSince);
    }
    const from = `FROM candidacy c
      JOIN person p ON p.id = c.person_id
      JOIN election e ON e.id = c.election_id
      LEFT JOIN state_party st ON st.code = c.nominating_state_code
      LEFT JOIN state_party ns ON ns.code = p.nationality`;
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n ${from} ${where}`, params);
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      pageParams.push(createdAt, id);
      keyset = `${where ? ' AND' : 'WHERE'} (c.created_at, c.id) > ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    }
    pageParams.push(limit + 1);
    const ids = await this.dataSource.query<{ id: string }[]>(
      `SELECT c.id ${from} ${where} ${keyset} ORDER BY c.created_at, c.id LIMIT $${pageParams.length}`,
      pageParams,
    );
    const rows = ids.length
      ? await this.dataSource
          .getRepository(CandidacyEntity)
          .find({ where: { id: In(ids.map((r) => r.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    return { rows, total: n };
  }

  /** People with at least one candidacy the caller may see, by name and change time. */
  async people(
    search: string | undefined,
    updatedSince: Date | undefined,
    seesDrafts: boolean,
    limit: number,
    after: string | undefined,
  ): Promise<{ rows: PersonEntity[]; total: number }> {
    const clauses: string[] = [
      `EXISTS (SELECT 1 FROM candidacy c JOIN election e ON e.id = c.election_id
                WHERE c.person_id = p.id${seesDrafts ? '' : ` AND e.status <> 'DRAFT'`})`,
    ];
    const params: unknown[] = [];
    if (search) {
      params.push(containing(search));
      clauses.push(`search_text(p.full_name) LIKE search_text($${params.length})`);
    }
    if (updatedSince) {
      params.push(updatedSince);
      clauses.push(`p.updated_at >= $${params.length}`);
    }
    const where = `WHERE ${clauses.join(' AND ')}`;
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM person p ${where}`,
      params,
    );
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      pageParams.push(createdAt, id);
      keyset = ` AND (p.created_at, p.id) > ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    }
    pageParams.push(limit + 1);
    const ids = await this.dataSource.query<{ id: string }[]>(
      `SELECT p.id FROM person p ${where}${keyset} ORDER BY p.created_at, p.id LIMIT $${pageParams.length}`,
      pageParams,
    );
    const rows = ids.length
      ? await this.dataSource
          .getRepository(PersonEntity)
          .find({ where: { id: In(ids.map((r) => r.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    return { rows, total: n };
  }
}
