import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import { updateVersioned } from '../../database/versioned-update.js';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { CandidacyStatus } from '../../common/domain.enums.js';
import { badInput, conflict, notFound, ruleViolation, type FieldProblem } from '../../common/errors.js';
import { groupFor } from '../../common/group-by.js';
import { joinedEntity, leanColumns, splitJoined } from '../../common/lean-columns.js';
import { preparedRead } from '../../database/prepared-read.js';
import type { Actor, LoaderRegistry } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { assertStanding } from '../candidacies/candidacies.rules.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import type {
  CancelInterviewInput,
  PublishInterviewInput,
  RecordAssessmentInput,
  RecordConclusionInput,
  RecordDissentInput,
  RecordInterviewInput,
  ReopenAssessmentInput,
  ScheduleInterviewInput,
} from './dto/interview.inputs.js';
import { AssessmentEntity } from './entities/assessment.entity.js';
import { DissentEntity } from './entities/dissent.entity.js';
import { InterviewEntity } from './entities/interview.entity.js';
import { PanelMemberEntity } from './entities/panel-member.entity.js';
import { PanelEntity } from './entities/panel.entity.js';
import { RubricEntity, type RubricCriterion } from './entities/rubric.entity.js';
import { InterviewRule, notChairError } from './interviews.errors.js';
import { InterviewStatus, type InterviewTask, PanelMemberRole } from './interviews.enums.js';
import type { PanelStanding } from './publication-policy.js';
import { waitingFor, type WaitingInterview } from './waiting.rules.js';
import { PanelsService } from './panels.service.js';

export type DissentWithAuthor = DissentEntity & { authorName: string };

/** Checks that ratings cover every criterion exactly once, each from its scale. */
function checkRatings(
  criteria: readonly RubricCriterion[],
  given: readonly { criterionKey: string; rating: string }[],
  field: string,
): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  given.forEach((g, i) => {
    const criterion = criteria.find((c) => c.key === g.criterionKey);
    if (!criterion) problems.push({ field: `${field}.${i}.criterionKey`, problems: ['not a criterion of the rubric'] });
    else if (!criterion.scale.includes(g.rating)) {
      problems.push({ field: `${field}.${i}.rating`, problems: [`must be one of ${criterion.scale.join(', ')}`] });
    }
    if (seen.has(g.criterionKey)) problems.push({ field: `${field}.${i}.criterionKey`, problems: ['given twice'] });
    seen.add(g.criterionKey);
  });
  const missing = criteria.filter((c) => !seen.has(c.key)).map((c) => c.key);
  if (missing.length) problems.push({ field, problems: [`missing criteria: ${missing.join(', ')}`] });
  if (problems.length) throw badInput('Every criterion of the rubric is rated once, from its scale', problems);
}

@Injectable()
export class InterviewsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PanelsService) private readonly panels: PanelsService,
  ) {}

  async schedule(input: ScheduleInterviewInput, author: Author): Promise<InterviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(PanelEntity, { id: input.panelId }))) throw notFound('Panel', input.panelId);
      const candidacy = await this.standingCandidacy(manager, input.candidacyId);
      await this.panels.checkCovered(manager, input.panelId, candidacy);
      if (candidacy.status !== CandidacyStatus.NOMINATED) {
        throw ruleViolation(InterviewRule.CANDIDACY_NOT_ACTIVE, `The candidacy is ${candidacy.status}`, {
          status: candidacy.status,
        });
      }
      const interview = await manager.save(
        manager.create(InterviewEntity, {
          panelId: input.panelId,
          candidacyId: candidacy.id,
          scheduledAt: input.scheduledAt,
          mode: input.mode,
          status: InterviewStatus.SCHEDULED,
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'scheduleInterview',
        entityType: 'Interview',
        entityId: interview.id,
        after: interview,
      });
      return interview;
    });
  }

  /** Cancelling stays possible for a withdrawn candidacy: it is how its scheduled interview is closed. */
  async cancel(input: CancelInterviewInput, author: Author): Promise<InterviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      if (before.status !== InterviewStatus.SCHEDULED) {
        throw ruleViolation(InterviewRule.INTERVIEW_NOT_SCHEDULED, `The interview is ${before.status}`, {
          status: before.status,
        });
      }
      return this.update(manager, author, 'cancelInterview', before, input.version, { status: input.status });
    });
  }

  async record(input: RecordInterviewInput, actor: Actor, author: Author): Promise<InterviewEntity> {
    if (input.heldAt > this.clock.now()) {
      throw badInput('An interview is recorded once held', [
        { field: 'heldAt', problems: ['must not be in the future'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      await this.panels.actingMember(manager, actor, before.panelId, before.candidacyId);
      await this.standingCandidacy(manager, before.candidacyId);
      if (before.status !== InterviewStatus.SCHEDULED && before.status !== InterviewStatus.HELD) {
        throw ruleViolation(InterviewRule.INTERVIEW_NOT_SCHEDULED, `The interview is ${before.status}`, {
          status: before.status,
        });
      }
      this.checkNotPublished(before);
      const members = await manager.findBy(PanelMemberEntity, { panelId: before.panelId });
      const strangers = input.membersPresent.filter((id) => !members.some((m) => m.id === id));
      if (strangers.length) {
        throw badInput('Members present must be members of the panel', [
          { field: 'membersPresent', problems: [`not members: ${strangers.join(', ')}`] },
        ]);
      }
      return this.update(manager, author, 'recordInterview', before, input.version, {
        status: InterviewStatus.HELD,
        heldAt: input.heldAt,
        durationMinutes: input.durationMinutes,
        membersPresent: input.membersPresent,
        publicSummary: input.publicSummary.trim(),
        privateNotes: input.privateNotes?.trim() || null,
      });
    });
  }

  /**
   * A member's own independent scores; revisable (with its version) until the chair concludes, but
   * once the member has seen the others' scores only after the chair reopens it, and the revision
   * is then marked on the interview's conclusion.
   */
  async assess(input: RecordAssessmentInput, actor: Actor, author: Author): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.find(manager, input.interviewId);
      const member = await this.panels.actingMember(manager, actor, interview.panelId, interview.candidacyId);
      await this.standingCandidacy(manager, interview.candidacyId);
      this.checkHeld(interview);
      if (interview.conclusionOverall) {
        throw ruleViolation(
          InterviewRule.CONCLUSION_RECORDED,
          'The chair has recorded the conclusion: scoring is closed',
        );
      }
      const rubric = await this.rubricOf(manager, interview.panelId);
      checkRatings(rubric.criteria, input.scores, 'scores');
      const scores = input.scores.map((s) => ({
        criterionKey: s.criterionKey,
        rating: s.rating,
        reasoning: s.reasoning.trim(),
      }));
      const existing = await manager.findOneBy(AssessmentEntity, { interviewId: interview.id, memberId: member.id });
      if (!existing) {
        const saved = await manager.save(
          manager.create(AssessmentEntity, { interviewId: interview.id, memberId: member.id, scores }),
        );
        await this.audit.append(manager, author, {
          operation: 'recordAssessment',
          entityType: 'Assessment',
          entityId: saved.id,
          after: saved,
        });
        return saved;
      }
      if (input.version == null) {
        throw conflict('You have already submitted an assessment; give its version to revise it', {
          entity: 'Assessment',
          id: existing.id,
          reason: 'ALREADY_SUBMITTED',
        });
      }
      if (existing.othersSeenAt && !existing.reopenedAt) {
        throw ruleViolation(
          InterviewRule.ASSESSMENT_LOCKED_AFTER_DISCLOSURE,
          "You have seen the other members' scores: only the chair can reopen your assessment",
          { assessmentId: existing.id, othersSeenAt: existing.othersSeenAt.toISOString() },
        );
      }
      const afterDisclosure = existing.othersSeenAt !== null;
      await updateVersioned(
        manager,
        AssessmentEntity,
        'Assessment',
        existing.id,
        input.version,
        {
          scores,
          // The chair's reopening allows one revision.
          ...(afterDisclosure ? { reopenedAt: null, revisedAfterDisclosure: true } : {}),
        },
        author.actor,
      );
      if (afterDisclosure && !interview.scoresRevisedAfterDisclosure) {
        // The interview row is locked (find), so its version read is current.
        await updateVersioned(
          manager,
          InterviewEntity,
          'Interview',
          interview.id,
          interview.version,
          {
            scoresRevisedAfterDisclosure: true,
          },
          author.actor,
        );
        await this.audit.append(manager, author, {
          operation: 'recordAssessment',
          entityType: 'Interview',
          entityId: interview.id,
          before: { scoresRevisedAfterDisclosure: false },
          after: { scoresRevisedAfterDisclosure: true },
        });
      }
      const after = await manager.findOneByOrFail(AssessmentEntity, { id: existing.id });
      await this.audit.append(manager, author, {
        operation: 'recordAssessment',
        entityType: 'Assessment',
        entityId: existing.id,
        before: existing,
        after,
      });
      return after;
    });
  }

  /** The chair lets a member revise, once, an assessment locked by disclosure; the reason is audited. */
  async reopenAssessment(input: ReopenAssessmentInput, actor: Actor, author: Author): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(AssessmentEntity, { id: input.assessmentId });
      if (!found) throw notFound('Assessment', input.assessmentId);
      const interview = await this.find(manager, found.interviewId);
      const chair = await this.panels.actingMember(manager, actor, interview.panelId, interview.candidacyId);
      if (chair.role !== PanelMemberRole.CHAIR) throw notChairError('reopens an assessment');
      await this.standingCandidacy(manager, interview.candidacyId);
      this.checkNotPublished(interview);
      if (interview.conclusionOverall) {
        throw ruleViolation(
          InterviewRule.CONCLUSION_RECORDED,
          'The chair has recorded the conclusion: scoring is closed',
        );
      }
      const before = await manager.findOneByOrFail(AssessmentEntity, { id: found.id });
      if (!before.othersSeenAt || before.reopenedAt) {
        throw ruleViolation(
          InterviewRule.ASSESSMENT_NOT_LOCKED,
          before.reopenedAt ? 'The assessment is already reopened' : 'The member may still revise it themselves',
          { assessmentId: before.id },
        );
      }
      const reason = input.reason.trim();
      await updateVersioned(
        manager,
        AssessmentEntity,
        'Assessment',
        before.id,
        input.version,
        {
          reopenedAt: this.clock.now(),
          reopenReason: reason,
        },
        author.actor,
      );
      const after = await manager.findOneByOrFail(AssessmentEntity, { id: before.id });
      await this.audit.append(manager, author, {
        operation: 'reopenAssessment',
        entityType: 'Assessment',
        entityId: before.id,
        before,
        after: { ...after, reason },
      });
      return after;
    });
  }

  /**
   * Records that a read has just shown a member the others' scores (see `disclosedBy`), before
   * those scores are returned. The first such read wins; the assessment's version does not change.
   */
  async recordDisclosure(own: AssessmentEntity, author: Author): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      // A CTE so the driver answers with the updated rows: none when an earlier read already recorded it.
      const updated = await manager.query<{ id: string }[]>(
        `WITH seen AS (UPDATE assessment SET others_seen_at = $2 WHERE id = $1 AND others_seen_at IS NULL RETURNING id)
         SELECT id FROM seen`,
        [own.id, now],
      );
      if (updated.length === 0) return;
      await this.audit.append(manager, author, {
        operation: 'discloseAssessments',
        entityType: 'Assessment',
        entityId: own.id,
        before: { othersSeenAt: null },
        after: { othersSeenAt: now },
      });
    });
  }

  /** The chair records the panel's conclusion per criterion and overall. */
  async conclude(input: RecordConclusionInput, actor: Actor, author: Author): Promise<InterviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.interviewId);
      const member = await this.panels.actingMember(manager, actor, before.panelId, before.candidacyId);
      if (member.role !== PanelMemberRole.CHAIR) throw notChairError();
      await this.standingCandidacy(manager, before.candidacyId);
      this.checkHeld(before);
      this.checkNotPublished(before);
      const rubric = await this.rubricOf(manager, before.panelId);
      checkRatings(rubric.criteria, input.criteria, 'criteria');
      if (!rubric.overallScale.includes(input.overall)) {
        throw badInput('The overall rating is from the rubric', [
          { field: 'overall', problems: [`must be one of ${rubric.overallScale.join(', ')}`] },
        ]);
      }
      return this.update(manager, author, 'recordConclusion', before, input.version, {
        conclusionOverall: input.overall,
        conclusionCriteria: input.criteria.map((c) => ({ criterionKey: c.criterionKey, rating: c.rating })),
        concludedAt: this.clock.now(),
      });
    });
  }

  async dissent(input: RecordDissentInput, actor: Actor, author: Author): Promise<DissentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.find(manager, input.interviewId);
      const member = await this.panels.actingMember(manager, actor, interview.panelId, interview.candidacyId);
      await this.standingCandidacy(manager, interview.candidacyId);
      if (!interview.conclusionOverall) {
        throw ruleViolation(InterviewRule.NO_CONCLUSION, 'There is no conclusion to dissent from yet');
      }
      this.checkNotPublished(interview);
      if (await manager.existsBy(DissentEntity, { interviewId: interview.id, memberId: member.id })) {
        throw conflict('You have already recorded a dissent on this interview');
      }
      const saved = await manager.save(
        manager.create(DissentEntity, {
          interviewId: interview.id,
          memberId: member.id,
          text: input.text.trim(),
          consentToBeNamed: input.consentToBeNamed,
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'recordDissent',
        entityType: 'Dissent',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async publish(input: PublishInterviewInput, author: Author): Promise<InterviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      await this.standingCandidacy(manager, before.candidacyId);
      this.checkNotPublished(before);
      this.checkHeld(before);
      if (!before.conclusionOverall) {
        throw ruleViolation(InterviewRule.NO_CONCLUSION, 'An interview is published with its conclusion');
      }
      return this.update(manager, author, 'publishInterview', before, input.version, { publishedAt: this.clock.now() });
    });
  }

  /**
   * Every write that adds to a candidacy's interview record: refused once it is withdrawn. The
   * candidacy is share-locked, so a withdrawal waits for this write rather than slipping past it.
   */
  private async standingCandidacy(manager: EntityManager, candidacyId: string): Promise<CandidacyEntity> {
    const candidacy = await manager.findOne(CandidacyEntity, {
      where: { id: candidacyId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!candidacy) throw notFound('Candidacy', candidacyId);
    assertStanding(candidacy);
    return candidacy;
  }

  private checkHeld(interview: InterviewEntity): void {
    if (interview.status !== InterviewStatus.HELD) {
      throw ruleViolation(InterviewRule.INTERVIEW_NOT_HELD, `The interview is ${interview.status}`, {
        status: interview.status,
      });
    }
  }

  private checkNotPublished(interview: InterviewEntity): void {
    if (interview.publishedAt) {
      throw ruleViolation(InterviewRule.INTERVIEW_PUBLISHED, 'The interview is published: its record is closed');
    }
  }

  /** Every write locks the interview row, so a closing step (conclusion, publication) cannot race a late one. */
  private async find(manager: EntityManager, id: string): Promise<InterviewEntity> {
    const interview = await manager.findOne(InterviewEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw notFound('Interview', id);
    return interview;
  }

  private async rubricOf(manager: EntityManager, panelId: string): Promise<RubricEntity> {
    const panel = await manager.findOneByOrFail(PanelEntity, { id: panelId });
    return manager.findOneByOrFail(RubricEntity, { id: panel.rubricId });
  }

  private async update(
    manager: EntityManager,
    author: Author,
    operation: string,
    before: InterviewEntity,
    version: number,
    set: QueryDeepPartialEntity<InterviewEntity>,
  ): Promise<InterviewEntity> {
    await updateVersioned(manager, InterviewEntity, 'Interview', before.id, version, set, author.actor);
    const after = await manager.findOneByOrFail(InterviewEntity, { id: before.id });
    await this.audit.append(manager, author, {
      operation,
      entityType: 'Interview',
      entityId: before.id,
      before,
      after,
    });
    return after;
  }

  findById(id: string): Promise<InterviewEntity | null> {
    return this.dataSource.getRepository(InterviewEntity).findOneBy({ id });
  }

  byPanelLoader(loaders: LoaderRegistry): DataLoader<string, InterviewEntity[]> {
    return loaders.get(
      'interviewsByPanel',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(InterviewEntity)
            .find({ where: { panelId: In([...ids]) }, order: { scheduledAt: 'ASC', id: 'ASC' } });
          return groupFor(ids, rows, (r) => r.panelId);
        }),
    );
  }

  /** What an interview waits for from the caller (see `waitingFor`), their own assessment read batched. */
  async waitingFor(
    standing: PanelStanding,
    interview: WaitingInterview & { readonly id: string },
    loaders: LoaderRegistry,
  ): Promise<InterviewTask[]> {
    const own =
      standing.kind === 'member'
        ? ((await this.assessmentsLoader(loaders).load(interview.id)).find((a) => a.memberId === standing.memberId) ??
          null)
        : null;
    return waitingFor(standing, interview, own, this.clock.now());
  }

  byCandidacyLoader(loaders: LoaderRegistry): DataLoader<string, InterviewEntity[]> {
    return loaders.get(
      'interviewsByCandidacy',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          // Plain rows (leanColumns): this loader serves every candidacy of the observers' dossier. Each
          // comes with its panel, and whether it has dissents: both loaders are primed (no dissents
          // known to be none), so an interview shown takes no statement of its own.
          const rows = await preparedRead<Record<string, unknown>>(
            this.dataSource,
            `SELECT ${leanColumns(this.dataSource, InterviewEntity, 'i')},
                    ${leanColumns(this.dataSource, PanelEntity, 'p', { prefix: 'panel.' })},
                    EXISTS (SELECT 1 FROM dissent d WHERE d.interview_id = i.id) AS "dissents.any"
             FROM interview i JOIN panel p ON p.id = i.panel_id
             WHERE i.candidacy_id = ANY($1) ORDER BY i.scheduled_at, i.id`,
            [ids],
          );
          const interviews = splitJoined(rows).map((row) => {
            const panel = joinedEntity<PanelEntity>(row, 'panel');
            if (panel) this.panels.prime(loaders, panel);
            if (row.joined.dissents.any === false)
              loaders.prime('dissentsByInterview', this.newDissentsLoader, row.own.id as string, []);
            return row.own as unknown as InterviewEntity;
          });
          return groupFor(ids, interviews, (r) => r.candidacyId);
        }),
    );
  }

  assessmentsLoader(loaders: LoaderRegistry): DataLoader<string, AssessmentEntity[]> {
    return loaders.get(
      'assessmentsByInterview',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(AssessmentEntity)
            .find({ where: { interviewId: In([...ids]) }, order: { submittedAt: 'ASC', id: 'ASC' } });
          return groupFor(ids, rows, (r) => r.interviewId);
        }),
    );
  }

  private readonly newDissentsLoader = () =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows: DissentWithAuthor[] = await preparedRead(
        this.dataSource,
        `SELECT ${leanColumns(this.dataSource, DissentEntity, 'd')}, coalesce(m.full_name, '') AS "authorName"
         FROM dissent d LEFT JOIN panel_member m ON m.id = d.member_id
         WHERE d.interview_id = ANY($1) ORDER BY d.recorded_at, d.id`,
        [ids],
      );
      return groupFor(ids, rows, (r) => r.interviewId);
    });

  dissentsLoader(loaders: LoaderRegistry): DataLoader<string, DissentWithAuthor[]> {
    return loaders.get('dissentsByInterview', this.newDissentsLoader);
  }
}
