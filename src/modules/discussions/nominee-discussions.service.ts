import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { CandidacyStatus } from '../../common/domain.enums.js';
import { forbidden, notFound, ruleViolation } from '../../common/errors.js';
import type { Actor } from '../../common/request-context.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import { assertStanding } from '../candidacies/candidacies.rules.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { DiscussionRule } from './discussions.errors.js';
import { DiscussionAnswer, DiscussionStatus } from './discussions.enums.js';
import { DiscussionInvitationEntity } from './entities/discussion-invitation.entity.js';
import { DiscussionEntity } from './entities/discussion.entity.js';
import { nomineeSeesInvitation } from './publication-policy.js';

export interface MyDiscussion {
  readonly invitation: DiscussionInvitationEntity;
  readonly discussion: DiscussionEntity;
  readonly electionTitle: string;
  readonly mayAnswer: boolean;
}

/** A nominee, in their invitation session (scoped to one candidacy), answers the discussions they are invited to. */
@Injectable()
export class NomineeDiscussionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  private candidacyOf(actor: Actor): string {
    if (actor.kind !== 'nominee') throw forbidden('Only a nominee with an invitation may do this');
    return actor.candidacyId;
  }

  private mayAnswer(discussion: DiscussionEntity, candidacy: CandidacyEntity): boolean {
    return (
      discussion.status === DiscussionStatus.SCHEDULED &&
      discussion.startsAt > this.clock.now() &&
      candidacy.status !== CandidacyStatus.WITHDRAWN
    );
  }

  /** Your invitations, soonest first, published or not. */
  async mine(actor: Actor): Promise<MyDiscussion[]> {
    const candidacyId = this.candidacyOf(actor);
    const manager = this.dataSource.manager;
    const candidacy = await manager.findOneBy(CandidacyEntity, { id: candidacyId });
    if (!candidacy) throw notFound('Candidacy', candidacyId);
    const election = await manager.findOneByOrFail(ElectionEntity, { id: candidacy.electionId });
    const invitations = await manager.find(DiscussionInvitationEntity, {
      where: { candidacyId },
      relations: { discussion: true },
      order: { discussion: { startsAt: 'ASC' }, id: 'ASC' },
    });
    return invitations
      .filter((i) => nomineeSeesInvitation(actor, i))
      .map((invitation) => ({
        invitation,
        discussion: invitation.discussion!,
        electionTitle: election.title,
        mayAnswer: this.mayAnswer(invitation.discussion!, candidacy),
      }));
  }

  /** Accept or decline (or change one's mind) until the discussion starts; refused once withdrawn. */
  async answer(actor: Actor, author: Author, discussionId: string, accept: boolean): Promise<MyDiscussion> {
    const candidacyId = this.candidacyOf(actor);
    return this.dataSource.transaction(async (manager) => {
      // Another nominee's invitation and no invitation answer alike: nothing to learn by guessing.
      const invitation = await manager.findOne(DiscussionInvitationEntity, {
        where: { discussionId, candidacyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || !nomineeSeesInvitation(actor, invitation)) throw notFound('Discussion', discussionId);
      const candidacy = await manager.findOneOrFail(CandidacyEntity, {
        where: { id: candidacyId },
        lock: { mode: 'pessimistic_read' },
      });
      assertStanding(candidacy);
      const discussion = await manager.findOneByOrFail(DiscussionEntity, { id: discussionId });
      if (discussion.status !== DiscussionStatus.SCHEDULED) {
        throw ruleViolation(DiscussionRule.DISCUSSION_NOT_SCHEDULED, `The discussion is ${discussion.status}`, {
          status: discussion.status,
        });
      }
      if (discussion.startsAt <= this.clock.now()) {
        throw ruleViolation(DiscussionRule.DISCUSSION_STARTED, 'The discussion has started: answers are closed', {
          startsAt: discussion.startsAt.toISOString(),
        });
      }
      const answer = accept ? DiscussionAnswer.ACCEPTED : DiscussionAnswer.DECLINED;
      let after = invitation;
      if (invitation.answer !== answer) {
        await updateVersioned(
          manager,
          DiscussionInvitationEntity,
          'DiscussionInvitation',
          invitation.id,
          invitation.version,
          {
            answer,
            answeredAt: this.clock.now(),
          },
          actor,
        );
        after = await manager.findOneByOrFail(DiscussionInvitationEntity, { id: invitation.id });
        await this.audit.append(
          manager,
          { ...author, actor },
          {
            operation: 'answerDiscussionInvitation',
            entityType: 'DiscussionInvitation',
            entityId: invitation.id,
            // The code's hash stays out of the log, like the code itself.
            before: { ...invitation, tokenHash: undefined },
            after: { ...after, tokenHash: undefined },
          },
        );
      }
      const election = await manager.findOneByOrFail(ElectionEntity, { id: discussion.electionId });
      return { invitation: after, discussion, electionTitle: election.title, mayAnswer: true };
    });
  }
}
