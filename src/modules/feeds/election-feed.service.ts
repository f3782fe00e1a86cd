import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { notFound } from '../../common/errors.js';
import { OBSERVER_STATUSES } from '../elections/election-visibility.js';
import {
  FEED_ENTRY_LIMIT,
  feedEvents,
  type AnswersFact,
  type CandidacyFact,
  type FeedElection,
  type FeedEvent,
  type FlagFact,
  type InterviewFact,
  type RoundFact,
} from './election-feed.js';

/**
 * Reads the public facts of one election for its feed: six statements, each bounded. It reads the
 * other modules' tables (a read-only join, as the loaders do) and takes from them only what their
 * GraphQL types already show observers.
 */
@Injectable()
export class ElectionFeedService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** NOT_FOUND for an unknown election and for a draft (observers do not see drafts). */
  async feed(electionId: string): Promise<{ election: FeedElection; events: FeedEvent[] }> {
    const [election] = await this.dataSource.query<
      { id: string; title: string; asp_session: string; updated_at: Date }[]
    >(`SELECT id, title, asp_session, updated_at FROM election WHERE id = $1 AND status::text = ANY($2)`, [
      electionId,
      OBSERVER_STATUSES,
    ]);
    if (!election) throw notFound('Election', electionId);
    const now = this.clock.now();
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query<T[]>(sql, params);
    const limit = FEED_ENTRY_LIMIT;
    const [candidacies, flags, answers, interviews, rounds] = await Promise.all([
      // Every candidacy (an election has dozens): names for the other events too. The withdrawal's
      // instant is the audited write's; the day recorded stands in for rows older than the log.
      q<CandidacyFact>(
        `SELECT c.id, p.full_name AS "fullName", c.nominating_state_code AS "nominatingState",
                c.created_at AS "nominatedAt", c.withdrawal_reason AS "withdrawalReason",
                CASE WHEN c.withdrawn_on IS NULL THEN NULL ELSE COALESCE(
                  (SELECT max(a.occurred_at) FROM audit_entry a WHERE a.entity_type = 'Candidacy'
                     AND a.entity_id = c.id::text AND a.operation = 'withdrawCandidacy'),
                  c.withdrawn_on::timestamptz) END AS "withdrawnAt"
         FROM candidacy c JOIN person p ON p.id = c.person_id WHERE c.election_id = $1`,
        [electionId],
      ),
      q<FlagFact>(
        `SELECT seq, change::text AS change, kind::text AS kind, scope::text AS scope, scope_value AS "scopeValue",
                seats, candidates, at
         FROM slate_flag_event WHERE election_id = $1 ORDER BY at DESC, seq DESC LIMIT $2`,
        [electionId, limit],
      ),
      // Published once publishAt has passed (publishResponses moves it to the moment it is called).
      q<AnswersFact>(
        `SELECT id AS "questionnaireId", title, publish_at AS "publishedAt" FROM questionnaire
         WHERE election_id = $1 AND publish_at <= $2 ORDER BY publish_at DESC LIMIT $3`,
        [electionId, now, limit],
      ),
      q<InterviewFact>(
        `SELECT i.id AS "interviewId", i.candidacy_id AS "candidacyId", pa.name AS "panelName",
                i.published_at AS "publishedAt"
         FROM interview i JOIN candidacy c ON c.id = i.candidacy_id JOIN panel pa ON pa.id = i.panel_id
         WHERE c.election_id = $1 AND i.published_at IS NOT NULL AND i.published_at <= $2
         ORDER BY i.published_at DESC LIMIT $3`,
        [electionId, now, limit],
      ),
      q<Omit<RoundFact, 'elected'> & { elected: string[] | null }>(
        `SELECT number, held_on::text AS "heldOn", by_acclamation AS "byAcclamation",
                ARRAY(SELECT jsonb_array_elements_text(outcome->'elected')) AS elected, recorded_at AS "recordedAt"
         FROM ballot_round WHERE election_id = $1 ORDER BY number DESC LIMIT $2`,
        [electionId, limit],
      ),
    ]);
    const events = feedEvents({
      candidacies: candidacies.map((c) => ({ ...c, nominatingState: c.nominatingState?.trim() ?? null })),
      flags,
      answers,
      interviews,
      rounds: rounds.map((r) => ({ ...r, elected: r.elected ?? [] })),
    });
    return {
      election: {
        id: election.id,
        title: election.title,
        aspSession: election.asp_session,
        updatedAt: election.updated_at,
      },
      events,
    };
  }
}
