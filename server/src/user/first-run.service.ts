import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ErrorCode, Role } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { AdminAccount } from '../config/access-settings';
import { AppConfig, CONFIG } from '../config/config';
import { UserEntity } from './user.entity';
import { NewUser, normalizeEmail, UserService } from './user.service';

const ADMIN_NAME = 'Administrator';

/**
 * The first administrator: from THROUGHLINE_ADMIN_EMAIL/_PASSWORD at start-up, or made by the
 * first visitor while no account exists at all.
 */
@Injectable()
export class FirstRunService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminAccount) await this.ensureConfiguredAdmin(this.config.adminAccount);
  }

  /** Creates the configured ADMIN unless an account has that email (which is then left as it is). */
  private async ensureConfiguredAdmin({ email, password }: AdminAccount): Promise<void> {
    await this.underLock(async (manager) => {
      const taken = await manager.getRepository(UserEntity).existsBy({ email: normalizeEmail(email) });
      if (!taken) await this.users.create({ email, password, name: ADMIN_NAME, role: Role.ADMIN }, manager);
    });
  }

  /** Whether the web app should offer to create the first administrator: no account exists. */
  async needed(): Promise<boolean> {
    return !(await this.users.anyExists());
  }

  /** The first ADMIN; CONFLICT once any account exists, so only the very first visitor gets here. */
  createFirstAdmin(admin: Omit<NewUser, 'role'>): Promise<UserEntity> {
    return this.underLock(async (manager) => {
      if (await this.users.anyExists(manager))
        throw new DomainError(ErrorCode.CONFLICT, 'The first administrator already exists: sign in instead');
      return this.users.create({ ...admin, role: Role.ADMIN }, manager);
    });
  }

  // Two visitors (or two server processes) racing: the second waits, then sees the first's account.
  private underLock<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('throughline.first_run'))`);
      return work(manager);
    });
  }
}
