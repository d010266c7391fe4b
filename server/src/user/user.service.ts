import { Injectable } from '@nestjs/common';
import { LIMITS, Role } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { assertPasswordLength, hashPassword, passwordMatches, spendVerificationTime } from './password';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** Omitted or null: a service account, or someone who sets a password later. */
  password?: string | null;
}

/** How an address is stored and looked up: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Enough to catch a typo or a name in the wrong field; the real check is that mail arrives.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** The users table's one owner: accounts are created, found and touched here. */
@Injectable()
export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: normalizeEmail(email) });
  }

  /**
   * The active account with this email and password, or null. An unknown email spends the time of
   * a verification too, so the answer's timing does not tell whether the account exists.
   */
  async withCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.findByEmail(email);
    if (!user?.passwordHash) {
      await spendVerificationTime(password);
      return null;
    }
    return (await passwordMatches(user.passwordHash, password)) && user.active ? user : null;
  }

  /** Whether any account exists at all (first run: none). */
  async anyExists(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await manager.getRepository(UserEntity).count({ take: 1 })) > 0;
  }

  /** Creates an account; fields named as in `input.*`. An email already taken is BAD_USER_INPUT on input.email. */
  async create(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const email = normalizeEmail(user.email);
    const name = user.name.trim();
    if (!EMAIL_SHAPE.test(email) || email.length > LIMITS.email)
      throw DomainError.badInput('input.email', `must be an email address of at most ${LIMITS.email} characters`);
    if (!name || name.length > LIMITS.name) throw DomainError.badInput('input.name', `must be 1 to ${LIMITS.name} characters`);
    if (user.password != null) assertPasswordLength(user.password, 'input.password');
    const passwordHash = user.password != null ? await hashPassword(user.password) : null;
    const repository = manager.getRepository(UserEntity);
    return repository.save(repository.create({ email, name, role: user.role, passwordHash }));
  }

  /** Sets lastSeenAt, at most once a minute: the condition makes racing requests write once. */
  async touchLastSeen(user: Pick<UserEntity, 'id' | 'lastSeenAt'>): Promise<void> {
    if (user.lastSeenAt && Date.now() - user.lastSeenAt.getTime() < 60_000) return;
    await this.dataSource
      .createQueryBuilder()
      .update(UserEntity)
      .set({ lastSeenAt: () => 'now()' })
      .where(`id = :id AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`, { id: user.id })
      .execute();
  }
}
