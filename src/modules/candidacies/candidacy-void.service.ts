import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Author } from '../../common/author.js';
import { CandidacyStatus } from '../../common/domain.enums.js';
import { isForeignKeyViolation, notFound, ruleViolation } from '../../common/errors.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import { ElectionsService } from '../elections/elections.service.js';
import { SlateFlagsService } from '../slate-flags/slate-flags.service.js';
import { NominationRule } from './candidacies.rules.js';
import type { VoidCandidacyInput } from './dto/nominations-admin.inputs.js';
import { CandidacyEntity } from './entities/candidacy.entity.js';
import { PersonEntity } from './entities/person.entity.js';

export interface VoidedCandidacy {
  readonly candidacyId: string;
  readonly electionId: string;
  readonly personRemoved: boolean;
}

/** What other records hang on a candidacy, by kind: voiding it would lose them. */
type Dependents = Record<
  'invitations' | 'responses' | 'interviews' | 'recusals' | 'discussionInvitations' | 'ballotRounds',
  number
>;

/**
 * The delete refused by a foreign key (SQLSTATE 23503: a referencing row the count did not see, e.g.
 * from a table added later) is the same refusal as the count's; any other error is passed on.
 */
export function voidRefusal(error: unknown): unknown {
  if (!isForeignKeyViolation(error)) return error;
  return ruleViolation(
    NominationRule.VOID_WOULD_LOSE_RECORDS,
    'Other records depend on this candidacy: withdraw it instead',
    { records: {} },
  );
}

/**
 * A nomination entered by mistake is deleted, its whole row (and its person's, when they stand
 * nowhere else) kept in the audit log with the reason. A delete, not a "voided" flag, so that no
 * read anywhere (observers' and staff's, lists, counts, feeds, slate flags) has to remember to skip
 * it. Only while nothing depends on it: a candidacy the nominee was written to, interviewed,
 * invited to a discussion or voted on is withdrawn instead, so that history stays whole.
 */
@Injectable()
export class CandidacyVoidService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ElectionsService) private readonly elections: ElectionsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
  ) {}

  async void(input: VoidCandidacyInput, author: Author): Promise<VoidedCandidacy> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CandidacyEntity, { id: input.id });
      if (!found) throw notFound('Candidacy', input.id);
      await this.elections.lock(manager, found.electionId);
      const flagsBefore = await this.flags.current(manager, found.electionId);
      // FOR UPDATE: the row lock every insert of a referencing row (its key-share lock) and an
      // interview's FOR SHARE wait for, so nothing comes to depend on it between the count and the delete.
      const candidacy = await manager.findOneOrFail(CandidacyEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      // The version check every write makes (a stale version is CONFLICT), before the row goes.
      await updateVersioned(manager, CandidacyEntity, 'Candidacy', candidacy.id, input.version, {}, author.actor);
      if (candidacy.status === CandidacyStatus.ELECTED || candidacy.status === CandidacyStatus.NOT_ELECTED) {
        throw ruleViolation(NominationRule.VOID_WOULD_LOSE_RECORDS, 'A candidacy with a result cannot be voided', {
          status: candidacy.status,
          records: { ballotRounds: 1 },
        });
      }
      const dependents = await this.dependents(manager, candidacy);
      const records = Object.fromEntries(Object.entries(dependents).filter(([, n]) => n > 0));
      if (Object.keys(records).length) {
        throw ruleViolation(
          NominationRule.VOID_WOULD_LOSE_RECORDS,
          `Other records depend on this candidacy (${Object.keys(records).join(', ')}): withdraw it instead`,
          { records },
        );
      }
      await manager.delete(CandidacyEntity, { id: candidacy.id }).catch((error: unknown) => {
        throw voidRefusal(error);
      });
      const person = await manager.findOneByOrFail(PersonEntity, { id: candidacy.personId });
      const personRemoved = !(await manager.existsBy(CandidacyEntity, { personId: person.id }));
      if (personRemoved) await manager.delete(PersonEntity, { id: person.id });
      const voided = { voided: true, reason: input.reason.trim() };
      await this.audit.append(
        manager,
        author,
        {
          operation: 'voidCandidacy',
          entityType: 'Candidacy',
          entityId: candidacy.id,
          before: candidacy,
          after: voided,
        },
        ...(personRemoved
          ? [{ operation: 'voidCandidacy', entityType: 'Person', entityId: person.id, before: person, after: voided }]
          : []),
      );
      const cause = { operation: 'voidCandidacy', entityType: 'Candidacy', entityId: candidacy.id };
      await this.flags.record(manager, candidacy.electionId, flagsBefore, cause);
      return { candidacyId: candidacy.id, electionId: candidacy.electionId, personRemoved };
    });
  }

  private async dependents(manager: EntityManager, c: CandidacyEntity): Promise<Dependents> {
    // Read, not written: each table belongs to its module; a ballot round names candidacies in its JSON.
    const [row] = await manager.query<Dependents[]>(
      `SELECT (SELECT count(*) FROM invitation WHERE candidacy_id = $1)::int AS "invitations",
              (SELECT count(*) FROM response WHERE candidacy_id = $1)::int AS "responses",
              (SELECT count(*) FROM interview WHERE candidacy_id = $1)::int AS "interviews",
              (SELECT count(*) FROM recusal WHERE candidacy_id = $1)::int AS "recusals",
              (SELECT count(*) FROM discussion_invitation WHERE candidacy_id = $1)::int AS "discussionInvitations",
              (SELECT count(*) FROM ballot_round b WHERE b.election_id = $2
                 AND strpos(to_jsonb(b)::text, $1::text) > 0)::int AS "ballotRounds"`,
      [c.id, c.electionId],
    );
    return row;
  }
}
