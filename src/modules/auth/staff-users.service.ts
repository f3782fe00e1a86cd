import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { systemAuthor, type Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { AuditService } from '../audit/audit.service.js';
import { conflict, notFound, ruleViolation, staleVersion } from '../../common/errors.js';
import { StaffUserEntity } from './entities/staff-user.entity.js';
import { hashPassword } from './password.js';

/** Rules on staff accounts, named in `extensions.rule`. */
export const StaffUserRule = {
  CANNOT_DISABLE_SELF: 'CANNOT_DISABLE_SELF',
  CANNOT_CHANGE_OWN_ROLE: 'CANNOT_CHANGE_OWN_ROLE',
  LAST_ACTIVE_ADMIN: 'LAST_ACTIVE_ADMIN',
  ACCOUNT_SITS_ON_PANEL: 'ACCOUNT_SITS_ON_PANEL',
} as const;

// Serialises every change that can take away an admin (disable, demote) across instances: two admins
// disabling or demoting each other at once cannot both succeed.
const ADMIN_CHANGE_LOCK = 'staff-user-admin-change';

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
      const user = await this.lockForAdminChange(manager, id);
      if (disabled && isAuthor(author, user)) {
        throw ruleViolation(StaffUserRule.CANNOT_DISABLE_SELF, 'You cannot disable your own account');
      }
      if (disabled && !user.disabledAt && user.role === StaffRole.ADMIN) {
        await this.refuseLastActiveAdmin(manager, user, 'The last active admin account cannot be disabled');
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

  /**
   * Changing the role bumps the token epoch, as disabling does: the role is read from the account on
   * every request anyway, and the bump also ends the account's open sessions, so no client goes on
   * offering what the old role could do. Nobody changes their own role, and the last active admin is
   * never demoted. An account that acts as a member of a panel keeps its PANEL_MEMBER role (only such
   * accounts sit on panels): as an officer it would see every assessment and recusal-protected record;
   * it leaves its panels first. Setting the role it already has changes nothing (no entry, sessions kept).
   */
  async setRole(change: { id: string; role: StaffRole; version?: number }, author: Author): Promise<StaffUserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockForAdminChange(manager, change.id);
      if (change.version !== undefined && change.version !== user.version) throw staleVersion('StaffUser', user.id);
      if (user.role === change.role) return user;
      if (isAuthor(author, user)) {
        throw ruleViolation(StaffUserRule.CANNOT_CHANGE_OWN_ROLE, 'You cannot change the role of your own account');
      }
      if (user.role === StaffRole.ADMIN && !user.disabledAt) {
        await this.refuseLastActiveAdmin(manager, user, 'The last active admin account cannot be given another role');
      }
      await this.refuseWhileOnPanels(manager, user);
      const before = { ...user };
      user.role = change.role;
      user.tokenEpoch += 1;
      const saved = await manager.save(user);
      await this.audit.append(manager, author, {
        operation: 'setStaffUserRole',
        entityType: 'StaffUser',
        entityId: user.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  private async lockForAdminChange(manager: EntityManager, id: string): Promise<StaffUserEntity> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ADMIN_CHANGE_LOCK]);
    const user = await manager.findOne(StaffUserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound('StaffUser', id);
    return user;
  }

  private async refuseLastActiveAdmin(manager: EntityManager, user: StaffUserEntity, message: string): Promise<void> {
    const others = await manager
      .createQueryBuilder(StaffUserEntity, 'u')
      .where('u.role = :role AND u.disabled_at IS NULL AND u.id <> :id', { role: StaffRole.ADMIN, id: user.id })
      .getCount();
    if (others === 0) throw ruleViolation(StaffUserRule.LAST_ACTIVE_ADMIN, message);
  }

  // The user row is locked FOR UPDATE here and addPanelMember reads it FOR SHARE, so a membership added
  // concurrently is either seen here or sees the new role.
  private async refuseWhileOnPanels(manager: EntityManager, user: StaffUserEntity): Promise<void> {
    const panels = await manager.query<{ id: string; name: string }[]>(
      `SELECT DISTINCT p.id, p.name FROM panel_member m JOIN panel p ON p.id = m.panel_id
        WHERE m.staff_user_id = $1 ORDER BY p.name, p.id`,
      [user.id],
    );
    if (panels.length === 0) return;
    throw ruleViolation(
      StaffUserRule.ACCOUNT_SITS_ON_PANEL,
      'This account acts as a member of a panel; remove it from its panels before changing its role',
      { panelIds: panels.map((p) => p.id), panelNames: panels.map((p) => p.name) },
    );
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

const isAuthor = (author: Author, user: StaffUserEntity): boolean =>
  author.actor.kind === 'staff' && author.actor.userId === user.id;
