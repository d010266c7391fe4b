import { Injectable } from '@nestjs/common';
import { ErrorCode, lowerRole, Role, roleAtLeast } from '@throughline/shared';
import { DataSource, IsNull } from 'typeorm';
import { Actor, Caller } from '../auth/caller';
import { AuditLog } from '../audit/audit-log';
import { DomainError } from '../common/domain-error';
import { sha256Hex } from '../common/secret-tokens';
import { UserEntity } from '../user/user.entity';
import { UserService } from '../user/user.service';
import { looksLikeApiToken, newTokenSecret } from './api-token-secret';
import { ApiTokenEntity } from './api-token.entity';
import { CreateApiTokenInput } from './api-token.inputs';

/** lastUsedAt is written at most this often per token: most requests then only read. */
const LAST_USED_GRANULARITY_MS = 60_000;

/** What the audit trail records of a token: never its secret or hash. */
const AUDIT_TYPE = 'ApiToken';
const AUDITED_FIELDS = ['name', 'role', 'ownerId', 'expiresAt', 'revokedAt'] as const;

interface TokenAndOwner {
  id: string;
  name: string;
  role: Role;
  last_used_at: Date | null;
  owner_id: string;
  owner_name: string;
  owner_role: Role;
  owner_last_seen_at: Date | null;
}

@Injectable()
export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
  ) {}

  private get tokens() {
    return this.dataSource.getRepository(ApiTokenEntity);
  }

  /** A token for the caller, or (ADMIN) for a service account; its secret is in the answer and nowhere else. */
  async create(caller: Caller, input: CreateApiTokenInput, actor: Actor): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    const owner = await this.ownerOfNewToken(caller, input.ownerId ?? null);
    if (!roleAtLeast(caller.role, input.role))
      throw new DomainError(ErrorCode.FORBIDDEN, `input.role: you cannot create a token above your own role (${caller.role})`, {
        field: 'input.role',
      });
    if (!roleAtLeast(owner.role, input.role))
      throw DomainError.badInput('input.role', `a token cannot be above its owner's role (${owner.role})`);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw DomainError.badInput('input.expiresAt', 'must be in the future');
    const { token, ...secret } = newTokenSecret();
    const fields = { ...secret, name: input.name, role: input.role, ownerId: owner.id, expiresAt: input.expiresAt ?? null };
    const apiToken = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(ApiTokenEntity, manager.create(ApiTokenEntity, fields));
      await AuditLog.recordRow(manager, actor, AUDIT_TYPE, AUDITED_FIELDS, null, saved);
      return saved;
    });
    return { token, apiToken };
  }

  /**
   * Someone else's token only for an ADMIN, and only for a service account: a user with no
   * password, which nobody can sign in as. People make their own tokens.
   */
  private async ownerOfNewToken(caller: Caller, ownerId: string | null): Promise<UserEntity> {
    const self = caller.userId;
    if (!self) throw new DomainError(ErrorCode.FORBIDDEN, 'only a signed-in user or a token can create tokens');
    if (ownerId && ownerId !== self && caller.role !== Role.ADMIN)
      throw new DomainError(ErrorCode.FORBIDDEN, 'input.ownerId: only an ADMIN can create tokens for service accounts', {
        field: 'input.ownerId',
      });
    const owner = await this.users.find(ownerId ?? self);
    if (!owner) throw DomainError.notFound('User', ownerId ?? self, 'input.ownerId');
    if (owner.id !== self && owner.passwordHash !== null)
      throw DomainError.badInput('input.ownerId', 'only a service account (a user with no password) can be given tokens by someone else');
    if (!owner.active) throw DomainError.badInput('input.ownerId', 'this account is deactivated');
    return owner;
  }

  /** The caller's own tokens that are not revoked, newest first; an ADMIN's list has everyone's. */
  list(caller: Caller): Promise<ApiTokenEntity[]> {
    if (!caller.userId) return Promise.resolve([]);
    const whose = caller.role === Role.ADMIN ? {} : { ownerId: caller.userId };
    return this.tokens.find({ where: { ...whose, revokedAt: IsNull() }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Revokes one of the caller's tokens (an ADMIN: anyone's); it stops working on the next request. */
  async revoke(caller: Caller, id: string, actor: Actor): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(ApiTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token || (token.ownerId !== caller.userId && caller.role !== Role.ADMIN)) throw DomainError.notFound('API token', id, 'id');
      if (token.revokedAt) return;
      const revoked: ApiTokenEntity = { ...token, revokedAt: new Date() };
      await manager.update(ApiTokenEntity, { id }, { revokedAt: revoked.revokedAt });
      await AuditLog.recordRow(manager, actor, AUDIT_TYPE, AUDITED_FIELDS, token, revoked);
    });
    return true;
  }

  /** The caller for a Bearer token, or null when it is unknown, revoked, expired or its owner deactivated. */
  async authenticate(raw: string): Promise<Caller | null> {
    if (!looksLikeApiToken(raw)) return null;
    const tokenHash = sha256Hex(raw);
    // One lookup by the unique hash index; the owner's current role and state come with it. Plain
    // SQL: this runs on every token request, and the query builder's cost is worth sparing.
    const [row] = await this.dataSource.query<TokenAndOwner[]>(
      `SELECT t.id, t.name, t.role, t.last_used_at, u.id AS owner_id, u.name AS owner_name, u.role AS owner_role,
              u.last_seen_at AS owner_last_seen_at
         FROM api_token t JOIN users u ON u.id = t.owner_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.active`,
      [tokenHash],
    );
    if (!row) return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() >= LAST_USED_GRANULARITY_MS) await this.touch(row.id);
    await this.users.touchLastSeen({ id: row.owner_id, lastSeenAt: row.owner_last_seen_at });
    return {
      kind: 'API_TOKEN',
      role: lowerRole(row.role, row.owner_role),
      userId: row.owner_id,
      name: `token ${row.name} (${row.owner_name})`,
      tokenId: row.id,
    };
  }

  /** The condition repeats the minute, so that requests racing on one token write once. */
  private async touch(id: string): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where(`id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, { id })
      .execute();
  }
}
