import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { CandidacyStatus, ElectionStatus } from '../../common/domain.enums.js';
import { badInput, conflict, notFound, ruleViolation } from '../../common/errors.js';
import { groupFor, pickFor } from '../../common/group-by.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import { assertStanding } from '../candidacies/candidacies.rules.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { PersonEntity } from '../candidacies/entities/person.entity.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { MailService } from '../mail/mail.service.js';
import { discussionMail, type DiscussionMailKind } from './discussion-mail.js';
import { newDiscussionCode } from './discussion.rules.js';
import { DiscussionRule } from './discussions.errors.js';
import { DiscussionAnswer, DiscussionStatus } from './discussions.enums.js';
import type {
  CancelDiscussionInput,
  CreateDiscussionInput,
  PublishDiscussionInput,
  RecordDiscussionInput,
  UpdateDiscussionInput,
} from './dto/discussion.inputs.js';
import { DiscussionInvitationEntity } from './entities/discussion-invitation.entity.js';
import { DiscussionEntity } from './entities/discussion.entity.js';

/** What changes for invited nominees: a change to any of these is mailed to them. */
const SCHEDULE_FIELDS = ['startsAt', 'timeZone', 'place', 'onlineUrl'] as const;

/** The elections team organises discussions: every write one transaction with its audit entries and mail. */
@Injectable()
export class DiscussionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MailService) private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(input: CreateDiscussionInput, author: Author): Promise<DiscussionEntity> {
    const place = input.place?.trim() || null;
    const onlineUrl = input.onlineUrl ?? null;
    this.checkVenue(place, onlineUrl);
    this.checkFuture(input.startsAt);
    return this.dataSource.transaction(async (manager) => {
      const election = await manager.findOneBy(ElectionEntity, { id: input.electionId });
      if (!election) throw notFound('Election', input.electionId);
      if (election.status === ElectionStatus.CONCLUDED) {
        throw ruleViolation(DiscussionRule.ELECTION_CONCLUDED, 'The election has concluded');
      }
      const candidacies = await this.standingCandidacies(manager, election.id, input.candidacyIds);
      const discussion = await manager.save(
        manager.create(DiscussionEntity, {
          electionId: election.id,
          title: input.title.trim(),
          startsAt: input.startsAt,
          timeZone: input.timeZone,
          place,
          onlineUrl,
          languages: [...input.languages],
          moderators: (input.moderators ?? []).map((m) => m.trim()),
          status: DiscussionStatus.SCHEDULED,
          questions: [],
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'createDiscussion',
        entityType: 'Discussion',
        entityId: discussion.id,
        after: discussion,
      });
      await this.invite(manager, discussion, election, candidacies, author, 'createDiscussion');
      return discussion;
    });
  }

  async update(input: UpdateDiscussionInput, author: Author): Promise<DiscussionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      this.checkNotCancelled(before);
      const set: QueryDeepPartialEntity<DiscussionEntity> = {};
      if (input.title !== undefined) set.title = input.title.trim();
      if (input.startsAt !== undefined && input.startsAt.getTime() !== before.startsAt.getTime()) {
        this.checkFuture(input.startsAt);
        set.startsAt = input.startsAt;
      }
      if (input.timeZone !== undefined) set.timeZone = input.timeZone;
      if (input.place !== undefined) set.place = input.place?.trim() || null;
      if (input.onlineUrl !== undefined) set.onlineUrl = input.onlineUrl;
      if (input.languages !== undefined) set.languages = [...input.languages];
      if (input.moderators !== undefined) set.moderators = input.moderators.map((m) => m.trim());
      this.checkVenue(
        set.place !== undefined ? (set.place as string | null) : before.place,
        set.onlineUrl !== undefined ? (set.onlineUrl as string | null) : before.onlineUrl,
      );
      const after = await this.write(manager, author, 'updateDiscussion', before, input.version, set);
      const election = await manager.findOneByOrFail(ElectionEntity, { id: after.electionId });
      const rescheduled = SCHEDULE_FIELDS.some((f) => String(before[f]) !== String(after[f]));
      if (rescheduled && after.status === DiscussionStatus.SCHEDULED) {
        await this.tellInvited(manager, after, election, 'DISCUSSION_CHANGED');
      }
      if (input.inviteCandidacyIds?.length) {
        if (after.status !== DiscussionStatus.SCHEDULED) {
          throw ruleViolation(DiscussionRule.DISCUSSION_NOT_SCHEDULED, `The discussion is ${after.status}`, {
            status: after.status,
          });
        }
        const candidacies = await this.standingCandidacies(manager, after.electionId, input.inviteCandidacyIds);
        const already = await manager.findBy(DiscussionInvitationEntity, {
          discussionId: after.id,
          candidacyId: In(candidacies.map((c) => c.id)),
        });
        if (already.length) {
          throw conflict('Some of these nominees are already invited', {
            reason: 'ALREADY_INVITED',
            candidacyIds: already.map((a) => a.candidacyId),
          });
        }
        await this.invite(manager, after, election, candidacies, author, 'updateDiscussion');
      }
      return after;
    });
  }

  /** Cancelling stays possible whatever the nominees' standing: it is how a discussion is closed. */
  async cancel(input: CancelDiscussionInput, author: Author): Promise<DiscussionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      if (before.status !== DiscussionStatus.SCHEDULED) {
        throw ruleViolation(DiscussionRule.DISCUSSION_NOT_SCHEDULED, `The discussion is ${before.status}`, {
          status: before.status,
        });
      }
      const after = await this.write(manager, author, 'cancelDiscussion', before, input.version, {
        status: DiscussionStatus.CANCELLED,
        cancellationReason: input.reason.trim(),
      });
      const election = await manager.findOneByOrFail(ElectionEntity, { id: after.electionId });
      await this.tellInvited(manager, after, election, 'DISCUSSION_CANCELLED');
      return after;
    });
  }

  /** The public record, written once the discussion has started; rewritable (versioned) afterwards. */
  async record(input: RecordDiscussionInput, author: Author): Promise<DiscussionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      this.checkNotCancelled(before);
      if (before.startsAt > this.clock.now()) {
        throw ruleViolation(DiscussionRule.DISCUSSION_NOT_STARTED, 'The discussion has not taken place yet', {
          startsAt: before.startsAt.toISOString(),
        });
      }
      return this.write(manager, author, 'recordDiscussion', before, input.version, {
        status: DiscussionStatus.HELD,
        summary: input.summary.trim(),
        recordingUrl: input.recordingUrl ?? null,
        transcriptUrl: input.transcriptUrl ?? null,
        questions: input.questions.map((q) => q.trim()),
      });
    });
  }

  /** Observers see it from now on: the announcement before, the record after the event. */
  async publish(input: PublishDiscussionInput, author: Author): Promise<DiscussionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      if (before.publishedAt) {
        throw conflict('The discussion is already published', { reason: 'ALREADY_PUBLISHED' });
      }
      const election = await manager.findOneByOrFail(ElectionEntity, { id: before.electionId });
      if (election.status === ElectionStatus.DRAFT) {
        throw ruleViolation(DiscussionRule.ELECTION_NOT_PUBLIC, 'The election is a draft: observers cannot see it');
      }
      return this.write(manager, author, 'publishDiscussion', before, input.version, {
        publishedAt: this.clock.now(),
      });
    });
  }

  private checkVenue(place: string | null, onlineUrl: string | null): void {
    if (!place && !onlineUrl) {
      throw badInput('A discussion has a place, an online link, or both', [
        { field: 'place', problems: ['give a place or an online link'] },
        { field: 'onlineUrl', problems: ['give a place or an online link'] },
      ]);
    }
  }

  private checkFuture(startsAt: Date): void {
    if (startsAt <= this.clock.now()) {
      throw badInput('A discussion is scheduled ahead', [{ field: 'startsAt', problems: ['must be in the future'] }]);
    }
  }

  private checkNotCancelled(discussion: DiscussionEntity): void {
    if (discussion.status === DiscussionStatus.CANCELLED) {
      throw ruleViolation(DiscussionRule.DISCUSSION_CANCELLED, 'The discussion is cancelled: it is closed');
    }
  }

  /**
   * The candidacies to invite, share-locked so a withdrawal waits for this write: each must exist,
   * belong to the election and still stand (the one rule in candidacies.rules).
   */
  private async standingCandidacies(
    manager: EntityManager,
    electionId: string,
    ids: readonly string[],
  ): Promise<CandidacyEntity[]> {
    if (ids.length === 0) return [];
    const found = await manager.find(CandidacyEntity, {
      where: { id: In([...ids]) },
      lock: { mode: 'pessimistic_read' },
    });
    const byId = new Map(found.map((c) => [c.id, c]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw notFound('Candidacy', missing);
    const candidacies = ids.map((id) => byId.get(id)!);
    const strangers = candidacies.filter((c) => c.electionId !== electionId).map((c) => c.id);
    if (strangers.length) {
      throw ruleViolation(
        DiscussionRule.CANDIDACY_OF_ANOTHER_ELECTION,
        'Only nominees of the discussion’s election are invited',
        { candidacyIds: strangers },
      );
    }
    candidacies.forEach(assertStanding);
    return candidacies;
  }

  /** Invitations, each mailed (when the nominee has an address) and audited, in the caller's transaction. */
  private async invite(
    manager: EntityManager,
    discussion: DiscussionEntity,
    election: ElectionEntity,
    candidacies: readonly CandidacyEntity[],
    author: Author,
    operation: string,
  ): Promise<void> {
    if (candidacies.length === 0) return;
    const people = await this.peopleOf(manager, candidacies);
    const now = this.clock.now();
    for (const candidacy of candidacies) {
      const person = people.get(candidacy.personId)!;
      // Its own code, so a nominee with no live questionnaire invitation can still answer.
      const { code, hash } = newDiscussionCode();
      const invitation = await manager.save(
        manager.create(DiscussionInvitationEntity, {
          discussionId: discussion.id,
          candidacyId: candidacy.id,
          answer: DiscussionAnswer.NO_REPLY,
          answeredAt: null,
          tokenHash: hash,
          mailedAt: person.contactEmail ? now : null,
        }),
      );
      if (person.contactEmail) {
        await this.enqueue(manager, 'DISCUSSION_INVITATION', discussion, election, person, code);
      }
      await this.audit.append(manager, author, {
        operation,
        entityType: 'DiscussionInvitation',
        entityId: invitation.id,
        after: { ...invitation, tokenHash: undefined, mailed: person.contactEmail !== null },
      });
    }
  }

  /** A change or a cancellation reaches the invited nominees who have not declined and still stand. */
  private async tellInvited(
    manager: EntityManager,
    discussion: DiscussionEntity,
    election: ElectionEntity,
    kind: DiscussionMailKind,
  ): Promise<void> {
    const invitations = await manager.findBy(DiscussionInvitationEntity, { discussionId: discussion.id });
    const waiting = invitations.filter((i) => i.answer !== DiscussionAnswer.DECLINED);
    if (waiting.length === 0) return;
    const candidacies = await manager.findBy(CandidacyEntity, {
      id: In(waiting.map((i) => i.candidacyId)),
      status: CandidacyStatus.NOMINATED,
    });
    const people = await this.peopleOf(manager, candidacies);
    for (const candidacy of candidacies) {
      const person = people.get(candidacy.personId);
      if (person?.contactEmail) await this.enqueue(manager, kind, discussion, election, person);
    }
  }

  private async peopleOf(
    manager: EntityManager,
    candidacies: readonly CandidacyEntity[],
  ): Promise<Map<string, PersonEntity>> {
    const people = await manager.findBy(PersonEntity, { id: In(candidacies.map((c) => c.personId)) });
    return new Map(people.map((p) => [p.id, p]));
  }

  private async enqueue(
    manager: EntityManager,
    kind: DiscussionMailKind,
    discussion: DiscussionEntity,
    election: ElectionEntity,
    person: PersonEntity,
    code?: string,
  ): Promise<void> {
    const mail = discussionMail(kind, {
      electionTitle: election.title,
      electionTitleFr: election.titleFr,
      fullName: person.fullName,
      title: discussion.title,
      startsAt: discussion.startsAt,
      timeZone: discussion.timeZone,
      place: discussion.place,
      onlineUrl: discussion.onlineUrl,
      languages: discussion.languages,
      link: `${this.config.publicUrl}/invitation`,
      code,
    });
    await this.mail.enqueue(manager, { kind, to: person.contactEmail!, ...mail });
  }

  /** Every write locks the discussion row, so two officers' changes cannot interleave. */
  private async find(manager: EntityManager, id: string): Promise<DiscussionEntity> {
    const discussion = await manager.findOne(DiscussionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!discussion) throw notFound('Discussion', id);
    return discussion;
  }

  private async write(
    manager: EntityManager,
    author: Author,
    operation: string,
    before: DiscussionEntity,
    version: number,
    set: QueryDeepPartialEntity<DiscussionEntity>,
  ): Promise<DiscussionEntity> {
    await updateVersioned(manager, DiscussionEntity, 'Discussion', before.id, version, set, author.actor);
    const after = await manager.findOneByOrFail(DiscussionEntity, { id: before.id });
    await this.audit.append(manager, author, {
      operation,
      entityType: 'Discussion',
      entityId: before.id,
      before,
      after,
    });
    return after;
  }

  findById(id: string): Promise<DiscussionEntity | null> {
    return this.dataSource.getRepository(DiscussionEntity).findOneBy({ id });
  }

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, DiscussionEntity | null> {
    return loaders.get(
      'discussionById',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(DiscussionEntity).findBy({ id: In([...ids]) });
          return pickFor(ids, rows, (r) => r.id);
        }),
    );
  }

  byElectionLoader(loaders: LoaderRegistry): DataLoader<string, DiscussionEntity[]> {
    return loaders.get(
      'discussionsByElection',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(DiscussionEntity)
            .find({ where: { electionId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } });
          return groupFor(ids, rows, (r) => r.electionId);
        }),
    );
  }

  invitationsByDiscussionLoader(loaders: LoaderRegistry): DataLoader<string, DiscussionInvitationEntity[]> {
    return loaders.get(
      'discussionInvitationsByDiscussion',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          // Invited first first; those invited together, by name.
          const rows = await this.dataSource
            .getRepository(DiscussionInvitationEntity)
            .createQueryBuilder('i')
            .innerJoin(CandidacyEntity, 'c', 'c.id = i.candidacy_id')
            .innerJoin(PersonEntity, 'p', 'p.id = c.person_id')
            .where('i.discussion_id = ANY(:ids)', { ids: [...ids] })
            .orderBy('i.created_at', 'ASC')
            .addOrderBy('p.full_name', 'ASC')
            .addOrderBy('i.id', 'ASC')
            .getMany();
          return groupFor(ids, rows, (r) => r.discussionId);
        }),
    );
  }

  /** A candidacy's invitations with their discussions, in one statement per batch of candidacies. */
  invitationsByCandidacyLoader(
    loaders: LoaderRegistry,
  ): DataLoader<string, (DiscussionInvitationEntity & { discussion: DiscussionEntity })[]> {
    return loaders.get(
      'discussionInvitationsByCandidacy',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(DiscussionInvitationEntity).find({
            where: { candidacyId: In([...ids]) },
            relations: { discussion: true },
            order: { discussion: { startsAt: 'ASC' }, id: 'ASC' },
          });
          const withDiscussion = rows.filter(
            (r): r is DiscussionInvitationEntity & { discussion: DiscussionEntity } => r.discussion !== undefined,
          );
          return groupFor(ids, withDiscussion, (r) => r.candidacyId);
        }),
    );
  }
}
