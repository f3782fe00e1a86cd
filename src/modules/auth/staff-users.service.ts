import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { systemAuthor, type Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { AuditService } from '../audit/audit.service.js';
import { conflict, notFound, ruleViolation } from '../../common/errors.js';
import { StaffUserEntity } from './entities/staff-user.entity.js';
import { hashPassword } from './password.js';

/** Rules on staff accounts, named in `extensions.rule`. */
export const StaffUserRule = {
  CANNOT_DISABLE_SELF: 'CANNOT_DISABLE_SELF',
  LAST_ACTIVE_ADMIN: 'LAST_ACTIVE_ADMIN',
} as const;

export interface NewStaffUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: StaffRole;
}

@Injectable()
export class StaffUsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(StaffUsersService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The first admin comes from ADMIN_EMAIL + ADMIN_PASSWORD when no admin exists yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const created = await this.dataSource.transaction(async (manager) => {
      // Serialise concurrent boots of several instances.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['bootstrap-admin']);
      const admins = await manager.countBy(StaffUserEntity, { role: StaffRole.ADMIN });
      if (admins > 0) return false;
      await this.insert(
        manager,
        { email: adminEmail, displayName: 'Administrator', password: adminPassword, role: StaffRole.ADMIN },
        systemAuthor('bootstrap-admin'),
        'bootstrapAdmin',
      );
      return true;
    });
    if (created) this.logger.log(`Created the first admin account (${adminEmail}).`);
  }

  create(input: NewStaffUser, author: Author, operation = 'createStaffUser'): Promise<StaffUserEntity> {
    return this.dataSource.transaction((manager) => this.insert(manager, input, author, operation));
  }

  private async insert(
    manager: EntityManager,
    input: NewStaffUser,
    author: Author,
    operation: string,
  ): Promise<StaffUserEntity> {
    const email = input.email.trim().toLowerCase();
    if (await manager.existsBy(StaffUserEntity, { email })) {
      throw conflict('A staff account with this e-mail already exists', { field: 'email' });
    }
    const user = manager.create(StaffUserEntity, {
      email,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      disabledAt: null,
    });
    const saved = await manager.save(user);
    await this.audit.append(manager, author, { operation, entityType: 'StaffUser', entityId: saved.id, after: saved });
    return saved;
  }

  /**
   * Disabling bumps the account's token epoch, so its tokens stay dead even once it is enabled again.
   * Nobody disables themselves, and the last active admin is never disabled: either would lock the
   * platform's administration out.
   */
  async setDisabled(id: string, disabled: boolean, now: Date, author: Author): Promise<StaffUserEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises disabling across instances: two admins disabling each other at once cannot both succeed.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['staff-user-disable']);
      const user = await manager.findOne(StaffUserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('StaffUser', id);
      if (disabled && author.actor.kind === 'staff' && author.actor.userId === user.id) {
        throw ruleViolation(StaffUserRule.CANNOT_DISABLE_SELF, 'You cannot disable your own account');
      }
      if (disabled && !user.disabledAt && user.role === StaffRole.ADMIN) {
        const others = await manager
          .createQueryBuilder(StaffUserEntity, 'u')
          .where('u.role = :role AND u.disabled_at IS NULL AND u.id <> :id', { role: StaffRole.ADMIN, id: user.id })
          .getCount();
        if (others === 0) {
          throw ruleViolation(StaffUserRule.LAST_ACTIVE_ADMIN, 'The last active admin account cannot be disabled');
        }
      }
      const before = { ...user };
      if (disabled && !user.disabledAt) user.tokenEpoch += 1;
      user.disabledAt = disabled ? (user.disabledAt ?? now) : null;
      const saved = await manager.save(user);
      await this.audit.append(manager, author, {
        operation: disabled ? 'disableStaffUser' : 'enableStaffUser',
        entityType: 'StaffUser',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  findById(id: string): Promise<StaffUserEntity | null> {
    return this.dataSource.getRepository(StaffUserEntity).findOneBy({ id });
  }

  findByEmail(email: string): Promise<StaffUserEntity | null> {
    return this.dataSource.getRepository(StaffUserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  list(): Promise<StaffUserEntity[]> {
    return this.dataSource.getRepository(StaffUserEntity).find({ order: { email: 'ASC' } });
  }
}
