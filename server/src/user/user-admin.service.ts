import { Injectable } from '@nestjs/common';
import { Role } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/caller';
import { AuditLog } from '../audit/audit-log';
import { DomainError } from '../common/domain-error';
import { requireRow } from '../common/versioned-rows';
import { SetPasswordLinkService, setPasswordUrl } from './set-password-link.service';
import { CreateUserInput, UpdateUserInput } from './user-admin.inputs';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

/** What the audit trail records of an account (never its password). */
export const AUDITED_FIELDS = ['email', 'name', 'role', 'active'] as const;

// Serialises the changes that could leave no active ADMIN: of two admins demoting each other at
// once, the second sees the first's change and is refused.
const LAST_ADMIN_LOCK = `hashtext('throughline.users.last_admin')`;

/** Accounts as an ADMIN manages them: list, create (with a set-password link), change role, name, active. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly links: SetPasswordLinkService,
  ) {}

  /** Everyone, by name. */
  list(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { name: 'ASC', email: 'ASC' } });
  }

  /** A new account with no password, and the one-time link with which its owner chooses one. */
  create(input: CreateUserInput, actor: Actor): Promise<{ user: UserEntity; setPasswordUrl: string }> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.create({ ...input, password: null }, manager);
      await AuditLog.recordRow(manager, actor, 'User', AUDITED_FIELDS, null, user);
      return { user, setPasswordUrl: setPasswordUrl(await this.links.issue(manager, user.id)) };
    });
  }

  async update(input: UpdateUserInput, actor: Actor): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const demotes = (input.role !== undefined && input.role !== Role.ADMIN) || input.active === false;
      if (demotes) await manager.query(`SELECT pg_advisory_xact_lock(${LAST_ADMIN_LOCK})`);
      const before = await requireRow(manager, UserEntity, 'User', input.id, 'input.id');
      const after = { ...before, ...changesOf(input) };
      if (isActiveAdmin(before) && !isActiveAdmin(after)) await this.assertAnotherActiveAdmin(manager, before.id, input);
      await manager.update(UserEntity, { id: before.id }, { ...changesOf(input), version: () => 'version + 1' });
      await AuditLog.recordRow(manager, actor, 'User', AUDITED_FIELDS, before, after);
      return manager.findOneByOrFail(UserEntity, { id: before.id });
    });
  }

  private async assertAnotherActiveAdmin(manager: EntityManager, id: string, input: UpdateUserInput): Promise<void> {
    const others = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.role = :admin AND u.active AND u.id <> :id', { admin: Role.ADMIN, id })
      .getCount();
    if (others) return;
    const field = input.active === false ? 'input.active' : 'input.role';
    throw DomainError.badInput(field, 'this is the last active ADMIN: make someone else an ADMIN first');
  }
}

function changesOf(input: UpdateUserInput): Partial<Pick<UserEntity, 'name' | 'role' | 'active'>> {
  const { name, role, active } = input;
  return Object.fromEntries(Object.entries({ name, role, active }).filter(([, value]) => value !== undefined));
}

function isActiveAdmin(user: Pick<UserEntity, 'role' | 'active'>): boolean {
  return user.role === Role.ADMIN && user.active;
}
