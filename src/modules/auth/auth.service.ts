import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Clock } from '../../common/clock.js';
import { unauthenticated } from '../../common/errors.js';
import { ANONYMOUS, type Actor } from '../../common/request-context.js';
import type { StaffUserEntity } from './entities/staff-user.entity.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { StaffUsersService } from './staff-users.service.js';
import { type NomineeSessionVia, signToken, verifyToken } from './tokens.js';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(StaffUsersService) private readonly users: StaffUsersService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SignInThrottleService) private readonly throttle: SignInThrottleService,
  ) {}

  /**
   * Same answer for an unknown e-mail, a wrong password and a disabled account, and the same
   * back-off after repeated failures (refused before any lookup, so it tells nothing either).
   */
  async login(email: string, password: string): Promise<{ token: string; expiresAt: Date; user: StaffUserEntity }> {
    await this.throttle.beginLogin(email);
    const user = await this.users.findByEmail(email);
    if (!user) {
      await burnPasswordCheck(password);
      throw unauthenticated('Wrong e-mail or password');
    }
    const ok = await verifyPassword(user.passwordHash, password);
    if (!ok || user.disabledAt) throw unauthenticated('Wrong e-mail or password');
    await this.throttle.loginSucceeded(email);
    const token = signToken(
      { typ: 'staff', sub: user.id, ep: user.tokenEpoch },
      this.config.jwtSecret,
      this.config.jwtTtlSeconds,
    );
    const expiresAt = new Date(this.clock.now().getTime() + this.config.jwtTtlSeconds * 1000);
    return { token, expiresAt, user };
  }

  /** The one nominee session, opened by a questionnaire invitation or (`via: 'discussion'`) a discussion invitation's code. */
  issueNomineeToken(candidacyId: string, invitationId: string, ttlSeconds: number, via?: NomineeSessionVia): string {
    return signToken(
      { typ: 'nominee', sub: candidacyId, inv: invitationId, ...(via ? { via } : {}) },
      this.config.jwtSecret,
      ttlSeconds,
    );
  }

  /**
   * The actor behind an Authorization header. A staff account is looked up on every request, so a
   * disabled or deleted account's token stops working at once.
   */
  async actorFor(authorization: string | undefined): Promise<Actor> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const claims = match?.[1] ? verifyToken(match[1], this.config.jwtSecret) : null;
    if (!claims) throw unauthenticated('The token is invalid or expired: sign in again');
    if (claims.typ === 'nominee' && claims.via === 'discussion') {
      // Good while the discussion is scheduled and until it starts: answers close then
      // (NomineeDiscussionsService); DiscussionCodesService.open applies the same test to the code.
      const [active] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM discussion_invitation i JOIN discussion d ON d.id = i.discussion_id
          WHERE i.id = $1 AND i.candidacy_id = $2 AND i.token_hash IS NOT NULL
            AND d.status = 'SCHEDULED' AND d.starts_at > $3`,
        [claims.inv, claims.sub, this.clock.now()],
      );
      if (!active) throw unauthenticated('This invitation is no longer valid');
      return { kind: 'nominee', candidacyId: claims.sub, invitationId: claims.inv, via: 'discussion' };
    }
    if (claims.typ === 'nominee') {
      // A revoked (re-sent) or expired invitation ends its sessions at once.
      const [active] = await this.dataSource.query<unknown[]>(
        'SELECT 1 FROM invitation WHERE id = $1 AND candidacy_id = $2 AND revoked_at IS NULL AND expires_at > $3',
        [claims.inv, claims.sub, this.clock.now()],
      );
      if (!active) throw unauthenticated('This invitation is no longer valid');
      return { kind: 'nominee', candidacyId: claims.sub, invitationId: claims.inv };
    }
    const user = await this.users.findById(claims.sub);
    // A token signed before the account was last disabled stays dead once it is enabled again.
    if (!user || user.disabledAt || user.tokenEpoch !== claims.ep) {
      throw unauthenticated('The token is invalid or expired: sign in again');
    }
    return { kind: 'staff', userId: user.id, role: user.role };
  }
}
