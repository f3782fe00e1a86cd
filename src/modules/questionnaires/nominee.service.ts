import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import {
  badInput,
  DomainError,
  ErrorCode,
  forbidden,
  notFound,
  unauthenticated,
  ruleViolation,
} from '../../common/errors.js';
import type { Actor } from '../../common/request-context.js';
import { staleVersionError, updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { assertStanding } from '../candidacies/candidacies.rules.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import type { AnswerInput } from './dto/questionnaire.inputs.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { QuestionnaireEntity } from './entities/questionnaire.entity.js';
import { ResponseRevisionEntity } from './entities/response-revision.entity.js';
import { ResponseEntity, ResponseStatus } from './entities/response.entity.js';
import { checkAnswer, missingRequired, type AnswerValue } from './questions.js';
import {
  effectiveDeadline,
  hashToken,
  NOMINEE_SESSION_SECONDS,
  QuestionnaireRule,
  type ElectionTitles,
} from './questionnaires.rules.js';
import { ResponseEventsService } from './response-events.service.js';

export interface NomineeView {
  readonly invitation: InvitationEntity;
  readonly questionnaire: QuestionnaireEntity;
  readonly response: ResponseEntity;
}

/** What a nominee may do, and only on their own invitation. */
@Injectable()
export class NomineeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ResponseEventsService) private readonly events: ResponseEventsService,
  ) {}

  /** Exchanges the token from the mail for a short session scoped to one candidacy. */
  async open(token: string, author: Author): Promise<{ token: string; expiresAt: Date }> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      // One answer for an unknown, revoked or expired token: nothing to learn by guessing.
      if (!invitation || invitation.revokedAt || invitation.expiresAt <= now) {
        throw unauthenticated('This invitation is not valid: ask the elections team for a new one');
      }
      if (!invitation.viewedAt) {
        await manager.update(InvitationEntity, invitation.id, { viewedAt: now });
        await this.audit.append(
          manager,
          { ...author, actor: { kind: 'nominee', candidacyId: invitation.candidacyId, invitationId: invitation.id } },
          {
            operation: 'openInvitation',
            entityType: 'Invitation',
            entityId: invitation.id,
            before: invitation,
            after: { ...invitation, viewedAt: now },
          },
        );
      }
      const ttl = Math.min(
        NOMINEE_SESSION_SECONDS,
        Math.floor((invitation.expiresAt.getTime() - now.getTime()) / 1000),
      );
      return {
        token: this.auth.issueNomineeToken(invitation.candidacyId, invitation.id, ttl),
        expiresAt: new Date(now.getTime() + ttl * 1000),
      };
    });
  }

  private async load(manager: EntityManager, actor: Actor, lock: boolean): Promise<NomineeView> {
    if (actor.kind !== 'nominee') throw forbidden('Only a nominee with an invitation may do this');
    // Opened with a discussion invitation's code: a live session with no questionnaire behind it.
    if (actor.via === 'discussion') throw notFound('Questionnaire invitation', actor.invitationId);
    const invitation = await manager.findOneBy(InvitationEntity, {
      id: actor.invitationId,
      candidacyId: actor.candidacyId,
      revokedAt: IsNull(),
    });
    if (!invitation) throw unauthenticated('This invitation is no longer valid');
    if (lock) {
      // A write for a withdrawn candidacy is refused, even from a session that outlived the withdrawal.
      const candidacy = await manager.findOneOrFail(CandidacyEntity, {
        where: { id: invitation.candidacyId },
        lock: { mode: 'pessimistic_read' },
      });
      assertStanding(candidacy);
    }
    const questionnaire = await manager.findOneByOrFail(QuestionnaireEntity, { id: invitation.questionnaireId });
    const response = await manager.findOneOrFail(ResponseEntity, {
      where: { questionnaireId: questionnaire.id, candidacyId: invitation.candidacyId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return { invitation, questionnaire, response };
  }

  /** The nominee's own view, with the title of the election it belongs to. */
  async view(actor: Actor): Promise<NomineeView & ElectionTitles> {
    const view = await this.load(this.dataSource.manager, actor, false);
    const election = await this.dataSource.manager.findOneByOrFail(ElectionEntity, {
      id: view.questionnaire.electionId,
    });
    return { ...view, electionTitle: election.title, electionTitleFr: election.titleFr };
  }

  private async checkOpen(manager: EntityManager, view: NomineeView, version: number, actor: Actor): Promise<void> {
    const { response, questionnaire } = view;
    if (response.status === ResponseStatus.SUBMITTED || response.status === ResponseStatus.DECLINED) {
      throw ruleViolation(
        QuestionnaireRule.RESPONSE_CLOSED,
        `This response is ${response.status.toLowerCase()}: it can no longer change`,
      );
    }
    const deadline = effectiveDeadline(questionnaire, response);
    if (this.clock.now() > deadline) {
      throw new DomainError(ErrorCode.DEADLINE_PASSED, `The deadline (${deadline.toISOString()}) has passed`, {
        deadline: deadline.toISOString(),
      });
    }
    // The nominee is told when, and whether it was them (another tab), never which member of staff.
    if (response.version !== version) throw await staleVersionError(manager, 'Response', response.id, actor);
  }

  private async write(
    manager: EntityManager,
    view: NomineeView,
    actor: Actor,
    author: Author,
    operation: string,
    changes: Partial<ResponseEntity>,
    note: string | null,
  ): Promise<ResponseEntity> {
    const before = { ...view.response };
    const next = { ...view.response, ...changes, version: view.response.version + 1 };
    await updateVersioned(manager, ResponseEntity, 'Response', before.id, before.version, changes, actor);
    await manager.insert(ResponseRevisionEntity, {
      responseId: before.id,
      version: next.version,
      status: next.status,
      answers: next.answers,
      note,
    });
    await this.audit.append(
      manager,
      { ...author, actor },
      { operation, entityType: 'Response', entityId: before.id, before, after: next },
    );
    return manager.findOneByOrFail(ResponseEntity, { id: before.id });
  }

  async save(actor: Actor, author: Author, version: number, answers: readonly AnswerInput[]): Promise<ResponseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.load(manager, actor, true);
      await this.checkOpen(manager, view, version, actor);
      const byKey = new Map(view.questionnaire.questions.map((q) => [q.key, q]));
      const problems: { field: string; problems: string[] }[] = [];
      const merged: Record<string, AnswerValue> = { ...view.response.answers };
      for (const answer of answers) {
        const question = byKey.get(answer.key);
        if (!question) {
          problems.push({ field: answer.key, problems: ['no such question'] });
          continue;
        }
        const checked = checkAnswer(question, answer);
        if ('problem' in checked) problems.push({ field: answer.key, problems: [checked.problem] });
        else merged[answer.key] = checked.value;
      }
      if (problems.length) throw badInput(`Answers not valid: ${problems.map((p) => p.field).join(', ')}`, problems);
      return this.write(
        manager,
        view,
        actor,
        author,
        'saveAnswers',
        { answers: merged, status: ResponseStatus.DRAFT },
        null,
      );
    });
  }

  async submit(actor: Actor, author: Author, version: number): Promise<ResponseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.load(manager, actor, true);
      await this.checkOpen(manager, view, version, actor);
      const missing = missingRequired(view.questionnaire.questions, view.response.answers);
      if (missing.length) {
        throw badInput(
          `Required answers missing: ${missing.join(', ')}`,
          missing.map((field) => ({ field, problems: ['required'] })),
        );
      }
      const now = this.clock.now();
      const submitted = await this.write(
        manager,
        view,
        actor,
        author,
        'submitResponse',
        { status: ResponseStatus.SUBMITTED, submittedAt: now, submittedLate: now > view.questionnaire.deadline },
        null,
      );
      await this.events.handedIn(manager, submitted, now);
      return submitted;
    });
  }

  async decline(actor: Actor, author: Author, reason: string): Promise<ResponseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.load(manager, actor, true);
      await this.checkOpen(manager, view, view.response.version, actor);
      const declined = await this.write(
        manager,
        view,
        actor,
        author,
        'declineQuestionnaire',
        { status: ResponseStatus.DECLINED, declineReason: reason.trim() },
        reason.trim(),
      );
      // Staff following a questionnaire want to know a nominee is done either way.
      await this.events.handedIn(manager, declined, this.clock.now());
      return declined;
    });
  }
}
