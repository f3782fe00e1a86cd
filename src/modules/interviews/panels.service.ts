import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { badInput, conflict, notFound, ruleViolation } from '../../common/errors.js';
import { groupFor, pickFor } from '../../common/group-by.js';
import { leanByKeys } from '../../common/lean-columns.js';
import type { Actor, LoaderRegistry } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { StaffUserEntity } from '../auth/entities/staff-user.entity.js';
import { assertStanding } from '../candidacies/candidacies.rules.js';
import { CandidaciesService } from '../candidacies/candidacies.service.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { PersonEntity } from '../candidacies/entities/person.entity.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import type { AddPanelMemberInput, CreatePanelInput, RecuseInput } from './dto/panel.inputs.js';
import { PanelElectionEntity } from './entities/panel-election.entity.js';
import { PanelMemberEntity } from './entities/panel-member.entity.js';
import { PanelEntity } from './entities/panel.entity.js';
import { RecusalEntity } from './entities/recusal.entity.js';
import { RubricEntity } from './entities/rubric.entity.js';
import { InterviewRule, notAMemberError, recusedError } from './interviews.errors.js';
import { PanelMemberRole } from './interviews.enums.js';
import type { PanelStanding } from './publication-policy.js';
import { recusalOf, type Recusal } from './recusal.rules.js';

const OUTSIDER: PanelStanding = { kind: 'outsider' };

/** The standing of an actor, from what was loaded about them; shared by reads (loaders) and writes (transaction). */
function standingOf(
  member: PanelMemberEntity | undefined,
  candidacy: CandidacyEntity,
  person: Pick<PersonEntity, 'nationality' | 'otherNationalities'>,
  declared: readonly RecusalEntity[],
): PanelStanding {
  if (!member) return OUTSIDER;
  const recusal = recusalOf(
    member,
    {
      id: candidacy.id,
      nominatingStateCode: candidacy.nominatingStateCode,
      nationality: person.nationality,
      otherNationalities: person.otherNationalities,
    },
    declared,
  );
  return { kind: 'member', memberId: member.id, isChair: member.role === PanelMemberRole.CHAIR, recusal };
}

const byCreation = (a: PanelEntity, b: PanelEntity): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

const isOfficer = (actor: Actor): boolean =>
  actor.kind === 'staff' && (actor.role === StaffRole.ELECTIONS_OFFICER || actor.role === StaffRole.ADMIN);

@Injectable()
export class PanelsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CandidaciesService) private readonly candidacies: CandidaciesService,
  ) {}

  rubrics(): Promise<RubricEntity[]> {
    return this.dataSource.getRepository(RubricEntity).find({ order: { createdAt: 'ASC', key: 'ASC' } });
  }

  async createPanel(input: CreatePanelInput, author: Author): Promise<PanelEntity> {
    if ((input.rubricKey == null) === (input.rubric == null)) {
      throw badInput('Give either rubricKey or rubric', [
        { field: 'rubricKey', problems: ['exactly one of rubricKey and rubric is required'] },
      ]);
    }
    const keys = input.rubric?.criteria.map((c) => c.key) ?? [];
    if (new Set(keys).size !== keys.length) {
      throw badInput('Criterion keys must be unique', [{ field: 'rubric.criteria', problems: ['duplicate key'] }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const elections = await manager.findBy(ElectionEntity, { id: In(input.electionIds) });
      const missing = input.electionIds.find((id) => !elections.some((e) => e.id === id));
      if (missing) throw notFound('Election', missing);
      let rubric: RubricEntity | null;
      const records = [];
      if (input.rubric) {
        rubric = await manager.save(
          manager.create(RubricEntity, {
            key: `custom-${randomUUID()}`,
            name: input.rubric.name.trim(),
            electionType: null,
            criteria: input.rubric.criteria.map((c) => ({
              key: c.key,
              labelEn: c.labelEn.trim(),
              labelFr: c.labelFr.trim(),
              scale: c.scale,
            })),
            overallScale: input.rubric.overallScale,
          }),
        );
        records.push({ operation: 'createPanel', entityType: 'Rubric', entityId: rubric.id, after: rubric });
      } else {
        rubric = await manager.findOneBy(RubricEntity, { key: input.rubricKey! });
        if (!rubric) throw notFound('Rubric', input.rubricKey!);
      }
      const panel = await manager.save(
        manager.create(PanelEntity, { name: input.name.trim(), kind: input.kind, rubricId: rubric.id }),
      );
      await manager.insert(
        PanelElectionEntity,
        input.electionIds.map((electionId) => ({ panelId: panel.id, electionId })),
      );
      records.push({
        operation: 'createPanel',
        entityType: 'Panel',
        entityId: panel.id,
        after: { ...panel, electionIds: input.electionIds },
      });
      await this.audit.append(manager, author, ...records);
      return panel;
    });
  }

  async addMember(input: AddPanelMemberInput, author: Author): Promise<PanelMemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      // The panel row lock serialises additions, so "one chair" holds under concurrency.
      const panel = await manager.findOne(PanelEntity, {
        where: { id: input.panelId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!panel) throw notFound('Panel', input.panelId);
      if (input.role === PanelMemberRole.CHAIR) {
        if (await manager.existsBy(PanelMemberEntity, { panelId: panel.id, role: PanelMemberRole.CHAIR })) {
          throw ruleViolation(InterviewRule.PANEL_HAS_A_CHAIR, 'This panel already has a chair');
        }
      }
      if (input.staffUserId) {
        // FOR SHARE: waits for a role change in progress (setStaffUserRole locks the row FOR UPDATE).
        const user = await manager.findOne(StaffUserEntity, {
          where: { id: input.staffUserId },
          lock: { mode: 'pessimistic_read' },
        });
        if (!user) throw notFound('StaffUser', input.staffUserId);
        if (user.role !== StaffRole.PANEL_MEMBER) {
          throw ruleViolation(
            InterviewRule.STAFF_USER_NOT_PANEL_MEMBER,
            'A member acts through a PANEL_MEMBER staff account',
            { role: user.role },
          );
        }
        if (await manager.existsBy(PanelMemberEntity, { panelId: panel.id, staffUserId: user.id })) {
          throw conflict('This staff account already acts as a member of this panel', { field: 'staffUserId' });
        }
      }
      const member = await manager.save(
        manager.create(PanelMemberEntity, {
          panelId: panel.id,
          fullName: input.fullName.trim(),
          nationality: input.nationality,
          affiliation: input.affiliation?.trim() || null,
          role: input.role,
          staffUserId: input.staffUserId ?? null,
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'addPanelMember',
        entityType: 'PanelMember',
        entityId: member.id,
        after: member,
      });
      return member;
    });
  }

  /** A member declares a conflict about a candidacy and steps away from it. */
  async recuse(input: RecuseInput, actor: Actor, author: Author): Promise<Recusal> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.memberFor(manager, actor, input.panelId);
      const { candidacy, person } = await this.candidacyFacts(manager, input.candidacyId);
      assertStanding(candidacy);
      await this.checkCovered(manager, input.panelId, candidacy);
      if (await manager.existsBy(RecusalEntity, { memberId: member.id, candidacyId: candidacy.id })) {
        throw conflict('You have already recused yourself from this candidacy');
      }
      const saved = await manager.save(
        manager.create(RecusalEntity, { memberId: member.id, candidacyId: candidacy.id, reason: input.reason.trim() }),
      );
      await this.audit.append(manager, author, {
        operation: 'recuse',
        entityType: 'Recusal',
        entityId: saved.id,
        after: saved,
      });
      // An automatic ground, when there is one, stays the ground of record.
      return recusalOf(
        member,
        { ...candidacy, nationality: person.nationality, otherNationalities: person.otherNationalities },
        [saved],
      )!;
    });
  }

  /** The panel member the actor acts as, or FORBIDDEN. */
  async memberFor(manager: EntityManager, actor: Actor, panelId: string): Promise<PanelMemberEntity> {
    if (!(await manager.existsBy(PanelEntity, { id: panelId }))) throw notFound('Panel', panelId);
    const member =
      actor.kind === 'staff'
        ? await manager.findOneBy(PanelMemberEntity, { panelId, staffUserId: actor.userId })
        : null;
    if (!member) throw notAMemberError();
    return member;
  }

  /**
   * Inside a write: the member the actor acts as on this panel, refused with FORBIDDEN (the
   * recusal named) when recused from the candidacy.
   */
  async actingMember(
    manager: EntityManager,
    actor: Actor,
    panelId: string,
    candidacyId: string,
  ): Promise<PanelMemberEntity> {
    const member = await this.memberFor(manager, actor, panelId);
    const { candidacy, person } = await this.candidacyFacts(manager, candidacyId);
    const declared = await manager.findBy(RecusalEntity, { memberId: member.id, candidacyId });
    const standing = standingOf(member, candidacy, person, declared);
    if (standing.kind === 'member' && standing.recusal) throw recusedError(standing.recusal);
    return member;
  }

  async checkCovered(manager: EntityManager, panelId: string, candidacy: CandidacyEntity): Promise<void> {
    if (!(await manager.existsBy(PanelElectionEntity, { panelId, electionId: candidacy.electionId }))) {
      throw ruleViolation(
        InterviewRule.CANDIDACY_NOT_COVERED_BY_PANEL,
        "The candidacy's election is not one this panel covers",
        { electionId: candidacy.electionId },
      );
    }
  }

  private async candidacyFacts(
    manager: EntityManager,
    candidacyId: string,
  ): Promise<{ candidacy: CandidacyEntity; person: PersonEntity }> {
    const candidacy = await manager.findOneBy(CandidacyEntity, { id: candidacyId });
    if (!candidacy) throw notFound('Candidacy', candidacyId);
    const person = await manager.findOneByOrFail(PersonEntity, { id: candidacy.personId });
    return { candidacy, person };
  }

  /** Where the actor stands towards a panel's records about a candidacy; batched through the request's loaders. */
  async standing(actor: Actor, panelId: string, candidacyId: string, loaders: LoaderRegistry): Promise<PanelStanding> {
    if (isOfficer(actor)) return { kind: 'officer' };
    if (actor.kind !== 'staff' || actor.role !== StaffRole.PANEL_MEMBER) return OUTSIDER;
    const member = (await this.membersByStaffUserLoader(loaders).load(actor.userId)).find((m) => m.panelId === panelId);
    if (!member) return OUTSIDER;
    const candidacy = await this.candidacies.byIdLoader(loaders).load(candidacyId);
    const person = candidacy ? await this.candidacies.personLoader(loaders).load(candidacy.personId) : null;
    if (!candidacy || !person) return OUTSIDER;
    const declared = await this.declaredByMemberLoader(loaders).load(member.id);
    return standingOf(member, candidacy, person, declared);
  }

  /** Officers, or a member of this panel. */
  async mayReadPanel(actor: Actor, panelId: string, loaders: LoaderRegistry): Promise<boolean> {
    if (isOfficer(actor)) return true;
    if (actor.kind !== 'staff') return false;
    return (await this.membersByStaffUserLoader(loaders).load(actor.userId)).some((m) => m.panelId === panelId);
  }

  /** The panels covering an election that the actor may read: all for officers, their own for members. */
  async panelsOfElection(actor: Actor, electionId: string, loaders: LoaderRegistry): Promise<PanelEntity[]> {
    const links = await this.dataSource.getRepository(PanelElectionEntity).findBy({ electionId });
    const ids = links.map((l) => l.panelId);
    const mine = isOfficer(actor) ? null : new Set((await this.myMemberships(actor, loaders)).map((m) => m.panelId));
    const panels = await this.panelLoader(loaders).loadMany(mine ? ids.filter((id) => mine.has(id)) : ids);
    return panels.filter((p): p is PanelEntity => p !== null && !(p instanceof Error)).sort(byCreation);
  }

  /** The panels the actor sits on as a member (none for anyone else). */
  async myPanels(actor: Actor, loaders: LoaderRegistry): Promise<PanelEntity[]> {
    const memberships = await this.myMemberships(actor, loaders);
    const panels = await this.panelLoader(loaders).loadMany(memberships.map((m) => m.panelId));
    return panels.filter((p): p is PanelEntity => p !== null && !(p instanceof Error)).sort(byCreation);
  }

  /** The member the actor acts as on this panel, or null (officers, outsiders). */
  async myMemberOn(actor: Actor, panelId: string, loaders: LoaderRegistry): Promise<PanelMemberEntity | null> {
    return (await this.myMemberships(actor, loaders)).find((m) => m.panelId === panelId) ?? null;
  }

  /** Every member of a panel recused from a candidacy, automatic grounds and declared conflicts alike. */
  async recusalsFor(panelId: string, candidacyId: string, loaders: LoaderRegistry): Promise<Recusal[]> {
    const [members, candidacy, declared] = await Promise.all([
      this.membersLoader(loaders).load(panelId),
      this.candidacies.byIdLoader(loaders).load(candidacyId),
      this.declaredByCandidacyLoader(loaders).load(candidacyId),
    ]);
    const person = candidacy ? await this.candidacies.personLoader(loaders).load(candidacy.personId) : null;
    if (!candidacy || !person) return [];
    return members.flatMap((m) => {
      const standing = standingOf(m, candidacy, person, declared);
      return standing.kind === 'member' && standing.recusal ? [standing.recusal] : [];
    });
  }

  /** The staff accounts a member can act through: enabled PANEL_MEMBER accounts, by name. */
  panelMemberAccounts(): Promise<StaffUserEntity[]> {
    return this.dataSource.getRepository(StaffUserEntity).find({
      where: { role: StaffRole.PANEL_MEMBER, disabledAt: IsNull() },
      order: { displayName: 'ASC', email: 'ASC' },
    });
  }

  private async myMemberships(actor: Actor, loaders: LoaderRegistry): Promise<PanelMemberEntity[]> {
    if (actor.kind !== 'staff' || actor.role !== StaffRole.PANEL_MEMBER) return [];
    return this.membersByStaffUserLoader(loaders).load(actor.userId);
  }

  private readonly newPanelLoader = () =>
    new DataLoader((ids: readonly string[]) => leanByKeys(this.dataSource, PanelEntity, ids));

  panelLoader(loaders: LoaderRegistry): DataLoader<string, PanelEntity | null> {
    return loaders.get('panelById', this.newPanelLoader);
  }

  /** A panel read along with another record (a join), for the loader. */
  prime(loaders: LoaderRegistry, panel: PanelEntity): void {
    loaders.prime('panelById', this.newPanelLoader, panel.id, panel);
  }

  rubricLoader(loaders: LoaderRegistry): DataLoader<string, RubricEntity | null> {
    return loaders.get(
      'rubricById',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          pickFor(ids, await this.dataSource.getRepository(RubricEntity).findBy({ id: In([...ids]) }), (r) => r.id),
        ),
    );
  }

  membersLoader(loaders: LoaderRegistry): DataLoader<string, PanelMemberEntity[]> {
    return loaders.get(
      'membersByPanel',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(PanelMemberEntity)
            .find({ where: { panelId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
          return groupFor(ids, rows, (r) => r.panelId);
        }),
    );
  }

  electionIdsLoader(loaders: LoaderRegistry): DataLoader<string, string[]> {
    return loaders.get(
      'electionIdsByPanel',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(PanelElectionEntity).findBy({ panelId: In([...ids]) });
          return groupFor(ids, rows, (r) => r.panelId).map((g) => g.map((r) => r.electionId));
        }),
    );
  }

  private membersByStaffUserLoader(loaders: LoaderRegistry): DataLoader<string, PanelMemberEntity[]> {
    return loaders.get(
      'membersByStaffUser',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(PanelMemberEntity).findBy({ staffUserId: In([...ids]) });
          return groupFor(ids, rows, (r) => r.staffUserId!);
        }),
    );
  }

  private declaredByCandidacyLoader(loaders: LoaderRegistry): DataLoader<string, RecusalEntity[]> {
    return loaders.get(
      'recusalsByCandidacy',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(RecusalEntity).findBy({ candidacyId: In([...ids]) });
          return groupFor(ids, rows, (r) => r.candidacyId);
        }),
    );
  }

  private declaredByMemberLoader(loaders: LoaderRegistry): DataLoader<string, RecusalEntity[]> {
    return loaders.get(
      'recusalsByMember',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(RecusalEntity).findBy({ memberId: In([...ids]) });
          return groupFor(ids, rows, (r) => r.memberId);
        }),
    );
  }
}
