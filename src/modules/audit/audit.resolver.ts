import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '../../common/domain.enums.js';
import { pageSize, toConnection, type ConnectionShape } from '../../common/pagination/connection.js';
import { Public, Roles } from '../auth/auth.decorators.js';
import { Clock } from '../../common/clock.js';
import { auditVerifyReport } from './audit-verify.js';
import { AuditService } from './audit.service.js';
import { AuditChainVerificationModel, toAuditChainVerificationModel } from './models/audit-verification.model.js';
import { PageArgs } from '../../common/pagination/connection.js';
import { AuditLogArgs } from './dto/audit-log.args.js';
import {
  AuditDigestModel,
  AuditEntryConnection,
  AuditEntryModel,
  PublishedAuditDigestConnection,
  toAuditEntryModel,
  toPublishedAuditDigestModel,
  type PublishedAuditDigestModel,
} from './models/audit-entry.model.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Roles(StaffRole.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (admins only).' })
  async auditLog(@Args() args: AuditLogArgs): Promise<ConnectionShape<AuditEntryModel>> {
    const limit = pageSize(args);
    const { rows, total } = await this.audit.page(args.filter ?? {}, limit, args.after);
    return toConnection(rows, limit, total, (e) => [String(e.seq)], toAuditEntryModel);
  }

  @Public()
  @Query(() => AuditDigestModel, { description: 'Entry count and head hash of the audit log, for anyone to keep.' })
  auditDigest(): Promise<AuditDigestModel> {
    return this.audit.digest();
  }

  @Public()
  @Query(() => PublishedAuditDigestConnection, {
    description:
      'Digests of the audit chain published over time (`npm run audit:verify -- --publish`), newest first, for anyone to keep.',
  })
  async auditDigestHistory(@Args() args: PageArgs): Promise<ConnectionShape<PublishedAuditDigestModel>> {
    const limit = pageSize(args);
    const { rows, total } = await this.audit.digestPage(limit, args.after);
    return toConnection(rows, limit, total, (d) => [d.count], toPublishedAuditDigestModel);
  }

  // Admins only: it reads and hashes the whole chain, a cost no anonymous caller should be able to
  // trigger at will. Observers check their kept digests against auditDigest / auditDigestHistory.
  @Roles(StaffRole.ADMIN)
  @Query(() => AuditChainVerificationModel, {
    description:
      'Walks the whole audit chain and compares it with every published digest, as `npm run audit:verify` does: intact, or the first broken entry (admins only).',
  })
  async verifyAuditChain(): Promise<AuditChainVerificationModel> {
    const verifiedAt = this.clock.now();
    return toAuditChainVerificationModel(await auditVerifyReport(this.audit), verifiedAt);
  }
}
