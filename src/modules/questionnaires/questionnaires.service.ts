import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { systemAuthor, type Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { CandidacyStatus, ElectionStatus } from '../../common/domain.enums.js';
import { badInput, notFound, ruleViolation } from '../../common/errors.js';
import { groupBy, groupFor } from '../../common/group-by.js';
import { assertStanding } from '../candidacies/candidacies.rules.js';
import { leanColumns, splitJoined } from '../../common/lean-columns.js';
import { preparedRead } from '../../database/prepared-read.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { PersonEntity } from '../candidacies/entities/person.entity.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { MailMessageEntity, MailStatus } from '../mail/entities/mail-message.entity.js';
import { MailService } from '../mail/mail.service.js';
import type { CreateQuestionnaireTemplateInput, IssueQuestionnaireInput } from './dto/questionnaire.inputs.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { QuestionnaireTemplateEntity } from './entities/questionnaire-template.entity.js';
import { QuestionnaireEntity } from './entities/questionnaire.entity.js';
import { ResponseRevisionEntity } from './entities/response-revision.entity.js';
import { ResponseEntity, ResponseStatus } from './entities/response.entity.js';
import { TrackingStatus, type TrackingRowModel } from './models/questionnaire.models.js';
import { questionSetProblems, type AnswerValue, type Question } from './questions.js';
import type { ExportRow } from './responses-export.js';
import {
  effectiveDeadline,
  extensionMail,
  INVITATION_GRACE_DAYS,
  invitationMail,
  isPublished,
  isResponsePublished,
  MANUAL_REMINDER_INTERVAL_MS,
  newInvitationToken,
  publishedOutcome,
  QuestionnaireRule,
  reminderMail,
} from './questionnaires.rules.js';

interface AwaitingAnswer {
  invitation_id: string;
  deadline: Date;
  extended_deadline: Date | null;
  full_name: string;
  contact_email: string;
  election_title: string;
  election_title_fr: string | null;
  kinds: string[];
}

@Injectable()
export class QuestionnairesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QuestionnairesService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MailService) private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createTemplate(input: CreateQuestionnaireTemplateInput, author: Author): Promise<QuestionnaireTemplateEntity> {
    const questions: Question[] = input.questions.map((q) => ({
      key: q.key,
      kind: q.kind,
      required: q.required,
      promptEn: q.promptEn.trim(),
      promptFr: q.promptFr.trim(),
      maxLength: q.maxLength ?? null,
      options: q.options?.map((o) => ({ key: o.key, labelEn: o.labelEn.trim(), labelFr: o.labelFr.trim() })) ?? null,
    }));
    const problems = questionSetProblems(questions);
    if (problems.length) throw badInput('The questions are not valid', problems);
    return this.dataSource.transaction(async (manager) => {
      let family = input.family;
      let version = 1;
      if (family) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [family]);
        const latest = await manager.findOne(QuestionnaireTemplateEntity, {
          where: { family },
          order: { version: 'DESC' },
        });
        if (!latest) throw notFound('QuestionnaireTemplate', family);
        version = latest.version + 1;
      } else {
        family = randomUUID();
      }
      const template = await manager.save(
        manager.create(QuestionnaireTemplateEntity, {
          family,
          version,
          title: input.title.trim(),
          titleFr: input.titleFr?.trim() || null,
          electionType: input.electionType,
          questions,
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'createQuestionnaireTemplate',
        entityType: 'QuestionnaireTemplate',
        entityId: template.id,
        after: { ...template, questions: template.questions.map((q) => q.key) },
      });
      return template;
    });
  }

  templates(): Promise<QuestionnaireTemplateEntity[]> {
    return this.dataSource
      .getRepository(QuestionnaireTemplateEntity)
      .find({ order: { title: 'ASC', version: 'DESC' } });
  }

  async issue(input: IssueQuestionnaireInput, author: Author): Promise<QuestionnaireEntity> {
    const now = this.clock.now();
    if (input.deadline <= now) {
      throw ruleViolation(QuestionnaireRule.DEADLINE_IN_PAST, 'The deadline must be in the future');
    }
    if (input.publishAt < input.deadline) {
      throw badInput('Answers are published after the deadline', [
        { field: 'publishAt', problems: ['must not be before the deadline'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const election = await manager.findOneBy(ElectionEntity, { id: input.electionId });
      if (!election) throw notFound('Election', input.electionId);
      if (election.status === ElectionStatus.CONCLUDED) {
        throw ruleViolation(QuestionnaireRule.ELECTION_CONCLUDED, 'The election is concluded: nobody is left to ask', {
          status: election.status,
        });
      }
      const template = await manager.findOneBy(QuestionnaireTemplateEntity, { id: input.templateId });
      if (!template) throw notFound('QuestionnaireTemplate', input.templateId);
      if (template.electionType !== election.type) {
        throw ruleViolation(
          QuestionnaireRule.TEMPLATE_TYPE_MISMATCH,
          `The template is for ${template.electionType} elections, not ${election.type}`,
        );
      }
      const questionnaire = await manager.save(
        manager.create(QuestionnaireEntity, {
          electionId: election.id,
          templateId: template.id,
          title: template.title,
          titleFr: template.titleFr,
          questions: template.questions,
          deadline: input.deadline,
          publishAt: input.publishAt,
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'issueQuestionnaire',
        entityType: 'Questionnaire',
        entityId: questionnaire.id,
        after: { ...questionnaire, questions: questionnaire.questions.map((q) => q.key) },
      });
      return questionnaire;
    });
  }

  async findOrFail(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireEntity> {
    const q = await manager.findOneBy(QuestionnaireEntity, { id });
    if (!q) throw notFound('Questionnaire', id);
    return q;
  }

  /**
   * One invitation (and one queued mail) per standing candidacy not yet invited, in one
   * transaction: run it again after late nominations.
   */
  async send(questionnaireId: string, author: Author): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const q = await manager.findOne(QuestionnaireEntity, {
        where: { id: questionnaireId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!q) throw notFound('Questionnaire', questionnaireId);
      const election = await manager.findOneByOrFail(ElectionEntity, { id: q.electionId });
      const toInvite = await this.notYetInvited(manager, q);
      const persons = toInvite.length
        ? await manager.findBy(PersonEntity, { id: In(toInvite.map((c) => c.personId)) })
        : [];
      const personById = new Map(persons.map((p) => [p.id, p]));
      for (const candidacy of toInvite) {
        await this.invite(
          manager,
          q,
          election,
          candidacy,
          personById.get(candidacy.personId)!,
          author,
          'sendQuestionnaire',
        );
      }
      return toInvite.length;
    });
  }

  /**
   * Inside a write about one nominee: their candidacy, share-locked so a withdrawal cannot commit
   * in between (it then waits, and revokes what this write made), refused once withdrawn.
   */
  private async standingCandidacy(
    manager: EntityManager,
    candidacyId: string,
    electionId?: string,
  ): Promise<CandidacyEntity> {
    const candidacy = await manager.findOne(CandidacyEntity, {
      where: { id: candidacyId, ...(electionId ? { electionId } : {}) },
      lock: { mode: 'pessimistic_read' },
    });
    if (!candidacy) throw notFound('Candidacy', candidacyId);
    assertStanding(candidacy);
    return candidacy;
  }

  /** A new token for one nominee; the old one stops working. */
  async resend(questionnaireId: string, candidacyId: string, author: Author): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const q = await this.findOrFail(questionnaireId, manager);
      const candidacy = await this.standingCandidacy(manager, candidacyId, q.electionId);
      const old = await manager.findOneBy(InvitationEntity, { questionnaireId, candidacyId, revokedAt: IsNull() });
      if (old) {
        await manager.update(InvitationEntity, old.id, { revokedAt: this.clock.now() });
        await this.audit.append(manager, author, {
          operation: 'resendInvitation',
          entityType: 'Invitation',
          entityId: old.id,
          before: old,
          after: { ...old, revokedAt: this.clock.now() },
        });
      }
      const election = await manager.findOneByOrFail(ElectionEntity, { id: q.electionId });
      const person = await manager.findOneByOrFail(PersonEntity, { id: candidacy.personId });
      await this.invite(manager, q, election, candidacy, person, author, 'resendInvitation');
    });
  }

  private async invite(
    manager: EntityManager,
    q: QuestionnaireEntity,
    election: ElectionEntity,
    candidacy: CandidacyEntity,
    person: PersonEntity,
    author: Author,
    operation: string,
  ): Promise<void> {
    const { token, hash } = newInvitationToken();
    const invitation = await manager.save(
      manager.create(InvitationEntity, {
        questionnaireId: q.id,
        candidacyId: candidacy.id,
        tokenHash: hash,
        expiresAt: new Date(q.deadline.getTime() + INVITATION_GRACE_DAYS * 86_400_000),
        viewedAt: null,
        revokedAt: null,
      }),
    );
    const existing = await manager.findOneBy(ResponseEntity, { questionnaireId: q.id, candidacyId: candidacy.id });
    if (!existing) {
      await manager.save(
        manager.create(ResponseEntity, {
          questionnaireId: q.id,
          candidacyId: candidacy.id,
          status: ResponseStatus.NOT_STARTED,
          answers: {},
          version: 0,
        }),
      );
    }
    if (person.contactEmail) {
      const mail = invitationMail({
        electionTitle: election.title,
        electionTitleFr: election.titleFr,
        fullName: person.fullName,
        deadline: q.deadline,
        publishAt: q.publishAt,
        publicUrl: this.config.publicUrl,
        token,
      });
      await this.mail.enqueue(manager, {
        kind: 'INVITATION',
        invitationId: invitation.id,
        to: person.contactEmail,
        ...mail,
      });
    }
    await this.audit.append(manager, author, {
      operation,
      entityType: 'Invitation',
      entityId: invitation.id,
      after: { ...invitation, mailed: person.contactEmail !== null },
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.mailPollMs <= 0) return;
    this.timer = setInterval(() => {
      this.sendScheduledReminders().catch((error: unknown) =>
        this.logger.error(`scheduled reminders: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, this.config.mailPollMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Reminders before each nominee's deadline (REMINDER_DAYS, by default 7 and 1 days), once each:
   * only the nearest one that is due, never one already sent, whichever instance runs it.
   */
  async sendScheduledReminders(): Promise<number> {
    const now = this.clock.now();
    const days = [...this.config.reminderDays].sort((a, b) => a - b);
    if (days.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['scheduled-reminders']);
      const due = (await this.awaitingAnswers(manager, { dueWithinDays: days.at(-1)! })).flatMap((row) => {
        const deadline = effectiveDeadline({ deadline: row.deadline }, { extendedDeadline: row.extended_deadline });
        const nearest = days.find((d) => now.getTime() >= deadline.getTime() - d * 86_400_000);
        return nearest === undefined || row.kinds.includes(`REMINDER_${nearest}D`)
          ? []
          : [{ row, kind: `REMINDER_${nearest}D` }];
      });
      for (const { row, kind } of due) await this.enqueueReminder(manager, row, kind);
      if (due.length) {
        await this.audit.append(manager, systemAuthor('scheduled-reminders'), {
          operation: 'scheduledReminders',
          entityType: 'MailMessage',
          entityId: 'batch',
          after: { reminders: due.length },
        });
      }
      return due.length;
    });
  }

  /**
   * Mails every invited nominee who has neither submitted nor declined. The questionnaire row lock
   * serialises simultaneous calls, so the second sees the first's time and is refused: within 24
   * hours of the last manual reminder only `force` sends another.
   */
  async remind(questionnaireId: string, force: boolean, author: Author): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const q = await manager.findOne(QuestionnaireEntity, {
        where: { id: questionnaireId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!q) throw notFound('Questionnaire', questionnaireId);
      const now = this.clock.now();
      const last = q.lastManualReminderAt;
      if (last && now.getTime() - last.getTime() < MANUAL_REMINDER_INTERVAL_MS && !force) {
        throw ruleViolation(QuestionnaireRule.REMINDER_TOO_SOON, 'Nominees were reminded less than 24 hours ago', {
          lastRemindedAt: last.toISOString(),
          nextAllowedAt: new Date(last.getTime() + MANUAL_REMINDER_INTERVAL_MS).toISOString(),
        });
      }
      const rows = await this.awaitingAnswers(manager, { questionnaireId });
      for (const row of rows) await this.enqueueReminder(manager, row, 'REMINDER');
      await manager.update(QuestionnaireEntity, q.id, { lastManualReminderAt: now });
      await this.audit.append(manager, author, {
        operation: 'remindNominees',
        entityType: 'Questionnaire',
        entityId: questionnaireId,
        before: { lastManualReminderAt: last },
        after: { reminded: rows.length, lastManualReminderAt: now, forced: force },
      });
      return rows.length;
    });
  }

  /** Who sending would invite now: the standing candidacies without a live invitation to this questionnaire. */
  private async notYetInvited(manager: EntityManager, q: QuestionnaireEntity): Promise<CandidacyEntity[]> {
    const candidacies = await manager.findBy(CandidacyEntity, {
      electionId: q.electionId,
      status: CandidacyStatus.NOMINATED,
    });
    const invited = new Set(
      (await manager.findBy(InvitationEntity, { questionnaireId: q.id, revokedAt: IsNull() })).map(
        (i) => i.candidacyId,
      ),
    );
    return candidacies.filter((c) => !invited.has(c.id));
  }

  /**
   * Who is still to answer, in one statement: standing candidacies with a live invitation, neither
   * submitted nor declined, with a contact address; for one questionnaire, or all those whose
   * deadline is still ahead but within `dueWithinDays`.
   */
  private awaitingAnswers(
    manager: EntityManager,
    scope: { questionnaireId: string } | { dueWithinDays: number },
  ): Promise<AwaitingAnswer[]> {
    const byQuestionnaire = 'questionnaireId' in scope;
    return manager.query<AwaitingAnswer[]>(
      `SELECT i.id AS invitation_id, q.deadline, r.extended_deadline, p.full_name, p.contact_email,
              e.title AS election_title,
              e.title_fr AS election_title_fr,
              ARRAY(SELECT kind FROM mail_message m WHERE m.invitation_id = i.id) AS kinds
         FROM invitation i
         JOIN questionnaire q ON q.id = i.questionnaire_id
         JOIN election e ON e.id = q.election_id
         JOIN response r ON r.questionnaire_id = q.id AND r.candidacy_id = i.candidacy_id
         JOIN candidacy c ON c.id = i.candidacy_id AND c.status = 'NOMINATED'
         JOIN person p ON p.id = c.person_id AND p.contact_email IS NOT NULL
        WHERE i.revoked_at IS NULL AND r.status IN ('NOT_STARTED', 'DRAFT') AND ${
          byQuestionnaire
            ? 'q.id = $1'
            : `greatest(q.deadline, coalesce(r.extended_deadline, q.deadline)) > $1
               AND greatest(q.deadline, coalesce(r.extended_deadline, q.deadline)) <= $1::timestamptz + make_interval(days => $2)`
        }
        ORDER BY p.full_name`,
      byQuestionnaire ? [scope.questionnaireId] : [this.clock.now(), scope.dueWithinDays],
    );
  }

  private async enqueueReminder(manager: EntityManager, row: AwaitingAnswer, kind: string): Promise<void> {
    const mail = reminderMail({
      electionTitle: row.election_title,
      electionTitleFr: row.election_title_fr,
      fullName: row.full_name,
      deadline: effectiveDeadline({ deadline: row.deadline }, { extendedDeadline: row.extended_deadline }),
      link: `${this.config.publicUrl}/invitation`,
    });
    await this.mail.enqueue(manager, { kind, invitationId: row.invitation_id, to: row.contact_email, ...mail });
  }

  /**
   * Lifts the embargo now (publishAt moves to now; an earlier one stays). While some standing
   * nominees still have time (their deadline, with extensions, ahead), it says so and needs
   * `confirm`: they are then shown as PENDING until they answer or their deadline passes.
   */
  async publish(questionnaireId: string, confirm: boolean, author: Author): Promise<QuestionnaireEntity> {
    return this.dataSource.transaction(async (manager) => {
      const q = await manager.findOne(QuestionnaireEntity, {
        where: { id: questionnaireId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!q) throw notFound('Questionnaire', questionnaireId);
      const now = this.clock.now();
      if (q.publishAt <= now) return q;
      const [{ pending, last_deadline }] = await manager.query<{ pending: number; last_deadline: Date | null }[]>(
        `SELECT count(*)::int AS pending,
                max(greatest($2::timestamptz, coalesce(r.extended_deadline, $2::timestamptz))) AS last_deadline
           FROM candidacy c
           LEFT JOIN response r ON r.candidacy_id = c.id AND r.questionnaire_id = $1
          WHERE c.election_id = $3 AND c.status = 'NOMINATED'
            AND coalesce(r.status::text, 'NOT_STARTED') IN ('NOT_STARTED', 'DRAFT')
            AND greatest($2::timestamptz, coalesce(r.extended_deadline, $2::timestamptz)) > $4`,
        [q.id, q.deadline, q.electionId, now],
      );
      if (pending > 0 && !confirm) {
        throw ruleViolation(
          QuestionnaireRule.NOMINEES_STILL_ANSWERING,
          `${pending} nominees still have time to answer; they will be shown as PENDING: publish with confirm: true`,
          { pending, lastDeadline: last_deadline?.toISOString() ?? null },
        );
      }
      const before = { ...q };
      q.publishAt = now;
      const saved = await manager.save(q);
      await this.audit.append(manager, author, {
        operation: 'publishResponses',
        entityType: 'Questionnaire',
        entityId: q.id,
        before: { publishAt: before.publishAt },
        after: { publishAt: saved.publishAt, stillAnswering: pending, confirmed: confirm },
      });
      return saved;
    });
  }

  async extendDeadline(
    questionnaireId: string,
    candidacyId: string,
    deadline: Date,
    reason: string,
    author: Author,
  ): Promise<ResponseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const q = await this.findOrFail(questionnaireId, manager);
      const response = await manager.findOne(ResponseEntity, {
        where: { questionnaireId, candidacyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!response) throw notFound('Response', `${questionnaireId}/${candidacyId}`);
      const candidacy = await this.standingCandidacy(manager, candidacyId);
      if (deadline <= effectiveDeadline(q, response)) {
        throw badInput('An extension moves the deadline later', [
          { field: 'deadline', problems: [`must be after ${effectiveDeadline(q, response).toISOString()}`] },
        ]);
      }
      const before = { ...response };
      response.extendedDeadline = deadline;
      response.extensionReason = reason.trim();
      const saved = await manager.save(response);
      await manager.update(
        InvitationEntity,
        { questionnaireId, candidacyId, revokedAt: IsNull() },
        { expiresAt: new Date(deadline.getTime() + INVITATION_GRACE_DAYS * 86_400_000) },
      );
      const mailed = await this.tellExtension(manager, q, candidacy, deadline);
      await this.audit.append(manager, author, {
        operation: 'extendInvitationDeadline',
        entityType: 'Response',
        entityId: response.id,
        before,
        after: { ...saved, mailed },
      });
      return saved;
    });
  }

  /**
   * The nominee learns of their new deadline by mail, in the same transaction, when they hold a
   * live invitation (their link and code) and a contact address; returns whether a mail was queued.
   */
  private async tellExtension(
    manager: EntityManager,
    q: QuestionnaireEntity,
    candidacy: CandidacyEntity,
    deadline: Date,
  ): Promise<boolean> {
    const invitation = await manager.findOneBy(InvitationEntity, {
      questionnaireId: q.id,
      candidacyId: candidacy.id,
      revokedAt: IsNull(),
    });
    const person = await manager.findOneByOrFail(PersonEntity, { id: candidacy.personId });
    if (!invitation || !person.contactEmail) return false;
    const election = await manager.findOneByOrFail(ElectionEntity, { id: q.electionId });
    const mail = extensionMail({
      electionTitle: election.title,
      electionTitleFr: election.titleFr,
      fullName: person.fullName,
      deadline,
      link: `${this.config.publicUrl}/invitation`,
    });
    await this.mail.enqueue(manager, {
      kind: 'DEADLINE_EXTENDED',
      invitationId: invitation.id,
      to: person.contactEmail,
      ...mail,
    });
    return true;
  }

  /** An officer reopens a submitted response; the submitted version stays in the history. */
  async reopen(questionnaireId: string, candidacyId: string, reason: string, author: Author): Promise<ResponseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const response = await manager.findOne(ResponseEntity, {
        where: { questionnaireId, candidacyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!response) throw notFound('Response', `${questionnaireId}/${candidacyId}`);
      await this.standingCandidacy(manager, candidacyId);
      if (response.status !== ResponseStatus.SUBMITTED) {
        throw ruleViolation(QuestionnaireRule.NOT_SUBMITTED, 'Only a submitted response can be reopened');
      }
      const before = { ...response };
      response.status = ResponseStatus.DRAFT;
      response.version += 1;
      response.submittedAt = null;
      response.submittedLate = false;
      const saved = await manager.save(response);
      await manager.insert(ResponseRevisionEntity, {
        responseId: response.id,
        version: saved.version,
        status: saved.status,
        answers: saved.answers,
        note: `reopened: ${reason.trim()}`,
      });
      await this.audit.append(manager, author, {
        operation: 'reopenResponse',
        entityType: 'Response',
        entityId: response.id,
        before,
        after: { ...saved, reason: reason.trim() },
      });
      return saved;
    });
  }

  async tracking(questionnaireId: string): Promise<{
    questionnaire: QuestionnaireEntity;
    rows: TrackingRowModel[];
    published: boolean;
    toInvite: number;
    toRemind: number;
  }> {
    const q = await this.findOrFail(questionnaireId);
    // What sending and reminding would do now, by the queries they run.
    const manager = this.dataSource.manager;
    const toInvite = (await this.notYetInvited(manager, q)).length;
    const toRemind = (await this.awaitingAnswers(manager, { questionnaireId })).length;
    const now = this.clock.now();
    const rows = await this.dataSource.query<
      {
        candidacy_id: string;
        full_name: string;
        response_status: ResponseStatus | null;
        submitted_at: Date | null;
        decline_reason: string | null;
        extended_deadline: Date | null;
        invited_at: Date | null;
        viewed_at: Date | null;
        mail_status: MailStatus | null;
        mail_error: string | null;
        last_reminded_at: Date | null;
      }[]
    >(
      `SELECT c.id AS candidacy_id, p.full_name, r.status AS response_status, r.submitted_at, r.decline_reason,
              r.extended_deadline,
              i.created_at AS invited_at, i.viewed_at,
              m.status AS mail_status, m.last_error AS mail_error,
              (SELECT max(created_at) FROM mail_message WHERE invitation_id = i.id AND kind LIKE 'REMINDER%') AS last_reminded_at
         FROM candidacy c
         JOIN person p ON p.id = c.person_id
         LEFT JOIN invitation i ON i.candidacy_id = c.id AND i.questionnaire_id = $1 AND i.revoked_at IS NULL
         LEFT JOIN response r ON r.candidacy_id = c.id AND r.questionnaire_id = $1
         LEFT JOIN LATERAL (SELECT status, last_error FROM mail_message
                             WHERE invitation_id = i.id AND kind = 'INVITATION' ORDER BY created_at DESC LIMIT 1) m ON true
        WHERE c.election_id = $2 AND (c.status = 'NOMINATED' OR i.id IS NOT NULL OR r.id IS NOT NULL)
        ORDER BY p.full_name`,
      [questionnaireId, q.electionId],
    );
    return {
      questionnaire: q,
      published: isPublished(q, now),
      toInvite,
      toRemind,
      rows: rows.map((r) => {
        const responseStatus = r.response_status ?? ResponseStatus.NOT_STARTED;
        const deadline = effectiveDeadline(q, { extendedDeadline: r.extended_deadline });
        let status: TrackingStatus;
        if (responseStatus === ResponseStatus.SUBMITTED) status = TrackingStatus.SUBMITTED;
        else if (responseStatus === ResponseStatus.DECLINED) status = TrackingStatus.DECLINED;
        else if (r.invited_at && deadline < now) status = TrackingStatus.LATE;
        else if (responseStatus === ResponseStatus.DRAFT) status = TrackingStatus.DRAFT;
        else if (r.viewed_at) status = TrackingStatus.OPENED;
        else if (r.mail_status === MailStatus.FAILED) status = TrackingStatus.DELIVERY_FAILED;
        else if (r.mail_status === MailStatus.SENT) status = TrackingStatus.SENT;
        else status = TrackingStatus.NOT_SENT;
        return {
          candidacyId: r.candidacy_id,
          fullName: r.full_name,
          status,
          responseStatus,
          mailState: r.mail_status,
          mailError: r.mail_error,
          invitedAt: r.invited_at,
          openedAt: r.viewed_at,
          lastRemindedAt: r.last_reminded_at,
          submittedAt: r.submitted_at,
          declineReason: responseStatus === ResponseStatus.DECLINED ? r.decline_reason : null,
          extendedDeadline: r.extended_deadline,
        };
      }),
    };
  }

  byElectionLoader(loaders: LoaderRegistry): DataLoader<string, QuestionnaireEntity[]> {
    return loaders.get(
      'questionnairesByElection',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(QuestionnaireEntity)
            .find({ where: { electionId: In([...ids]) }, order: { createdAt: 'ASC' } });
          return groupFor(ids, rows, (r) => r.electionId);
        }),
    );
  }

  /**
   * The responses observers may see for each candidacy: only those of published questionnaires,
   * never a withdrawn candidacy's (the publication policy, applied here and nowhere else).
   */
  publishedResponsesLoader(
    loaders: LoaderRegistry,
  ): DataLoader<string, { questionnaire: QuestionnaireEntity; response: ResponseEntity | null }[]> {
    return loaders.get(
      'publishedResponsesByCandidacy',
      () =>
        new DataLoader(async (candidacyIds: readonly string[]) => {
          const now = this.clock.now();
          // Plain rows (leanColumns), one statement: this loader serves every candidacy of the
          // observers' dossier. A row per candidacy and questionnaire of its election (those not
          // published are dropped below), with the candidacy's response to it if any; each
          // questionnaire's columns (its questions are large) come once, on its first row.
          const first = 'row_number() OVER (PARTITION BY q.id ORDER BY c.id) = 1';
          const rows = await preparedRead<Record<string, unknown>>(
            this.dataSource,
            `SELECT c.id AS "candidacy.id", c.election_id AS "candidacy.electionId", c.status AS "candidacy.status",
                    ${leanColumns(this.dataSource, QuestionnaireEntity, 'q', { prefix: 'q.', onlyWhere: first })},
                    ${leanColumns(this.dataSource, ResponseEntity, 'r')}
               FROM candidacy c
               JOIN questionnaire q ON q.election_id = c.election_id
               LEFT JOIN response r ON r.candidacy_id = c.id AND r.questionnaire_id = q.id
              WHERE c.id = ANY($1)
              ORDER BY q.created_at, q.id, c.id`,
            [candidacyIds],
          );
          const all: QuestionnaireEntity[] = [];
          const candidacyOf = new Map<string, Pick<CandidacyEntity, 'id' | 'electionId' | 'status'>>();
          const responses: ResponseEntity[] = [];
          for (const row of splitJoined(rows)) {
            const questionnaire = row.joined.q as unknown as QuestionnaireEntity;
            // Its first row (election_id is never null in the table, only where not sent).
            if (questionnaire.electionId !== null) all.push(questionnaire);
            const candidacy = row.joined.candidacy as unknown as Pick<CandidacyEntity, 'id' | 'electionId' | 'status'>;
            candidacyOf.set(candidacy.id, candidacy);
            if (row.own.id !== null) responses.push(row.own as unknown as ResponseEntity);
          }
          const questionnaires = all.filter((q) => isPublished(q, now));
          const questionnairesOf = groupBy(questionnaires, (q) => q.electionId);
          const responseOf = new Map(responses.map((r) => [`${r.questionnaireId}:${r.candidacyId}`, r]));
          return candidacyIds.map((id) => {
            const candidacy = candidacyOf.get(id);
            if (!candidacy) return [];
            return (questionnairesOf.get(candidacy.electionId) ?? [])
              .filter((q) => isResponsePublished(q, candidacy, now))
              .map((q) => ({ questionnaire: q, response: responseOf.get(`${q.id}:${id}`) ?? null }));
          });
        }),
    );
  }

  /** The published responses of a questionnaire, for export; null while the embargo holds. */
  async exportRows(questionnaireId: string): Promise<{ questionnaire: QuestionnaireEntity; rows: ExportRow[] } | null> {
    const q = await this.findOrFail(questionnaireId);
    const now = this.clock.now();
    if (!isPublished(q, now)) return null;
    const rows = await this.dataSource.query<
      {
        candidacy_id: string;
        candidacy_status: CandidacyStatus;
        full_name: string;
        state: string;
        status: ResponseStatus | null;
        submitted_at: Date | null;
        submitted_late: boolean | null;
        decline_reason: string | null;
        answers: Record<string, AnswerValue> | null;
        extended_deadline: Date | null;
      }[]
    >(
      `SELECT c.id AS candidacy_id, c.status AS candidacy_status, p.full_name,
              COALESCE(c.nominating_state_code, c.nominated_by::text) AS state,
              r.status, r.submitted_at, r.submitted_late, r.decline_reason, r.answers, r.extended_deadline
         FROM candidacy c JOIN person p ON p.id = c.person_id
         LEFT JOIN response r ON r.candidacy_id = c.id AND r.questionnaire_id = $1
        WHERE c.election_id = $2
        ORDER BY p.full_name, c.id`,
      [questionnaireId, q.electionId],
    );
    return {
      questionnaire: q,
      rows: rows
        .filter((r) => isResponsePublished(q, { status: r.candidacy_status }, now))
        .map((r) => {
          const submitted = r.status === ResponseStatus.SUBMITTED;
          return {
            candidacyId: r.candidacy_id,
            fullName: r.full_name,
            nominatingState: r.state.trim(),
            outcome: publishedOutcome(
              q,
              r.status ? { status: r.status, extendedDeadline: r.extended_deadline } : null,
              now,
            ),
            submittedAt: submitted ? r.submitted_at : null,
            submittedLate: submitted && r.submitted_late === true,
            declineReason: r.status === ResponseStatus.DECLINED ? r.decline_reason : null,
            // Only what was submitted is published: drafts never leave the platform.
            answers: submitted ? (r.answers ?? {}) : {},
          };
        }),
    };
  }

  mailFor(invitationId: string): Promise<MailMessageEntity[]> {
    return this.dataSource
      .getRepository(MailMessageEntity)
      .find({ where: { invitationId }, order: { createdAt: 'ASC' } });
  }
}
