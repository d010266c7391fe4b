import { Injectable, Logger } from '@nestjs/common';
import { ActorKind, ErrorCode, Role } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/caller';
import { AuditLog } from '../audit/audit-log';
import { DomainError } from '../common/domain-error';
import { AUDITED_FIELDS, UserAdminService } from './user-admin.service';
import { UserEntity } from './user.entity';
import { normalizeEmail, UserService } from './user.service';

/** Whom an identity provider vouches for: an address it has verified, a name, and a role when it decides roles. */
export interface SsoIdentity {
  email: string;
  name: string;
  /** Set when the provider decides the role (OIDC_ROLE_CLAIM): applied at every sign-in. */
  role: Role | null;
}

/** The account of a single sign-on, or why it may not sign in. */
export type SsoAccount = { user: UserEntity } | { refused: 'DEACTIVATED' };

/** The audit trail's actor of what single sign-on changes: accounts made at first sign-in, roles from the provider. */
export function ssoActor(requestId: string | null): Actor {
  return { kind: ActorKind.SYSTEM, name: 'OpenID Connect sign-in', userId: null, tokenId: null, requestId };
}

/** Accounts of people who sign in through an OpenID provider: matched by email, made on first sign-in. */
@Injectable()
export class SsoAccountService {
  private readonly logger = new Logger('SsoAccounts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly admin: UserAdminService,
  ) {}

  /** The account with the identity's email (made with `defaultRole` unless the provider gives one); deactivated ones refused. */
  async accountFor(identity: SsoIdentity, defaultRole: Role, requestId: string | null): Promise<SsoAccount> {
    const actor = ssoActor(requestId);
    const email = normalizeEmail(identity.email);
    const user = await this.dataSource.transaction(async (manager) => {
      // Two first sign-ins of one person at once (two tabs): the second waits and finds the first's account.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`throughline.sso:${email}`]);
      const existing = await manager.findOneBy(UserEntity, { email });
      if (existing) return existing;
      const created = await this.users.create({ email, name: identity.name, role: identity.role ?? defaultRole, password: null }, manager);
      await AuditLog.recordRow(manager, actor, 'User', AUDITED_FIELDS, null, created);
      return created;
    });
    if (!user.active) return { refused: 'DEACTIVATED' };
    if (identity.role && identity.role !== user.role) return { user: await this.withRole(user, identity.role, requestId) };
    return { user };
  }

  /** The provider's role wins, except that the last active ADMIN stays one (as an ADMIN's own change would be refused). */
  private async withRole(user: UserEntity, role: Role, requestId: string | null): Promise<UserEntity> {
    try {
      return await this.admin.update({ id: user.id, role }, ssoActor(requestId));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT)) throw error;
      this.logger.warn(`${user.email} keeps the role ${user.role} rather than ${role} from the provider: ${error.message}`);
      return user;
    }
  }
}
