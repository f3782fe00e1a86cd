import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { unauthenticated } from '../../common/errors.js';
import { AuthService } from '../auth/auth.service.js';
import { hashToken, NOMINEE_SESSION_SECONDS } from '../questionnaires/questionnaires.rules.js';
import { DiscussionInvitationEntity } from './entities/discussion-invitation.entity.js';
import { DiscussionStatus } from './discussions.enums.js';

/**
 * A discussion invitation's own code, exchanged for the nominee session every nominee uses (the
 * same token, scoped to one candidacy), for nominees with no live questionnaire invitation.
 */
@Injectable()
export class DiscussionCodesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  /** The session lasts as long as a questionnaire's, and never past the discussion's start (answers close then). */
  async open(code: string): Promise<{ token: string; expiresAt: Date }> {
    const invitation = await this.dataSource.manager.findOne(DiscussionInvitationEntity, {
      where: { tokenHash: hashToken(code) },
      relations: { discussion: true },
    });
    const now = this.clock.now();
    // One answer for an unknown code and a discussion cancelled, held or already started: nothing to
    // learn by guessing. (AuthService.actorFor applies the same test to the sessions it opened.)
    if (
      !invitation?.discussion ||
      invitation.discussion.status !== DiscussionStatus.SCHEDULED ||
      invitation.discussion.startsAt <= now
    ) {
      throw unauthenticated('This invitation is not valid: ask the elections team for a new one');
    }
    const ttl = Math.min(
      NOMINEE_SESSION_SECONDS,
      Math.floor((invitation.discussion.startsAt.getTime() - now.getTime()) / 1000),
    );
    return {
      token: this.auth.issueNomineeToken(invitation.candidacyId, invitation.id, ttl, 'discussion'),
      expiresAt: new Date(now.getTime() + ttl * 1000),
    };
  }
}
