import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Author } from '../../common/author.js';
import { CandidacyStatus, ElectionStatus } from '../../common/domain.enums.js';
import { badInput, notFound, ruleViolation } from '../../common/errors.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import type { ElectionEntity } from '../elections/entities/election.entity.js';
import { ElectionsService } from '../elections/elections.service.js';
import type { SlateFlag } from '../slate/index.js';
import { SlateFlagsService } from '../slate-flags/slate-flags.service.js';
import { NominationRule } from './candidacies.rules.js';
import { CandidaciesService } from './candidacies.service.js';
import type { UpdatePersonInput } from './dto/nominations-admin.inputs.js';
import { CandidacyEntity } from './entities/candidacy.entity.js';
import { PersonEntity } from './entities/person.entity.js';

/** Corrections of a nominee's record (a typo in a name, a wrong gender, nationality or e-mail). */
@Injectable()
export class PersonCorrectionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ElectionsService) private readonly elections: ElectionsService,
    @Inject(CandidaciesService) private readonly candidacies: CandidaciesService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
  ) {}

  async update(input: UpdatePersonInput, author: Author): Promise<PersonEntity> {
    const { id, version, fullName, gender, nationality, contactEmail } = input;
    if (fullName === undefined && gender === undefined && nationality === undefined && contactEmail === undefined) {
      throw badInput('Nothing to correct', [
        { field: 'input', problems: ['give at least one of fullName, gender, nationality, contactEmail'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(PersonEntity, { id }))) throw notFound('Person', id);
      // Gender and nationality count in every election the person stands in: lock them (in one
      // order, so two corrections cannot deadlock) and note their flags before the change.
      const candidacies = await manager.find(CandidacyEntity, {
        where: { personId: id },
        order: { electionId: 'ASC' },
      });
      const elections = new Map<string, ElectionEntity>();
      const flagsBefore = new Map<string, SlateFlag[]>();
      for (const electionId of new Set(candidacies.map((c) => c.electionId))) {
        elections.set(electionId, await this.elections.lock(manager, electionId));
        flagsBefore.set(electionId, await this.flags.current(manager, electionId));
      }
      const before = await manager.findOneByOrFail(PersonEntity, { id });
      const newNationality = nationality !== undefined && nationality !== before.nationality.trim();
      if (newNationality || (gender !== undefined && gender !== before.gender)) {
        await this.assertNoVoteYet(manager, [...elections.values()]);
      }
      await updateVersioned(
        manager,
        PersonEntity,
        'Person',
        id,
        version,
        {
          ...(fullName !== undefined && { fullName: fullName.trim() }),
          ...(gender !== undefined && { gender }),
          ...(newNationality && {
            nationality,
            otherNationalities: before.otherNationalities.map((n) => n.trim()).filter((n) => n !== nationality),
          }),
          ...(contactEmail !== undefined && { contactEmail: contactEmail?.trim().toLowerCase() ?? null }),
        },
        author.actor,
      );
      // The nationality must still meet the rules of each standing candidacy, on its nomination day.
      if (newNationality) {
        for (const c of candidacies.filter((x) => x.status === CandidacyStatus.NOMINATED)) {
          await this.candidacies.checkNationality(
            manager,
            elections.get(c.electionId)!,
            nationality,
            c.nominatedOn,
            c.nominatingStateCode?.trim() ?? null,
            c.post,
          );
        }
      }
      const after = await manager.findOneByOrFail(PersonEntity, { id });
      await this.audit.append(manager, author, {
        operation: 'updatePerson',
        entityType: 'Person',
        entityId: id,
        before,
        after,
      });
      for (const [electionId, flags] of flagsBefore) {
        await this.flags.record(manager, electionId, flags, {
          operation: 'updatePerson',
          entityType: 'Person',
          entityId: id,
        });
      }
      return after;
    });
  }

  /**
   * Every recorded round is judged (its requirements, who was elected) from its candidates' gender
   * and nationality as they stand now: once an election votes they are fixed. Name and e-mail are not.
   */
  private async assertNoVoteYet(manager: EntityManager, elections: readonly ElectionEntity[]): Promise<void> {
    const closed = new Set([ElectionStatus.VOTING, ElectionStatus.CONCLUDED]);
    const ids = elections.map((e) => e.id);
    const withRounds = ids.length
      ? await manager.query<{ electionId: string }[]>(
          `SELECT DISTINCT election_id AS "electionId" FROM ballot_round WHERE election_id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const voted = new Set(withRounds.map((r) => r.electionId));
    const election = elections.find((e) => closed.has(e.status) || voted.has(e.id));
    if (election) {
      throw ruleViolation(
        NominationRule.PERSON_IN_VOTING_ELECTION,
        'The person stands in an election whose vote has opened: their gender and nationality can no longer be corrected',
        { electionId: election.id, electionStatus: election.status },
      );
    }
  }
}
