import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, Role, SharedView } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Actor, Caller } from '../auth/caller';
import { AuditLog } from '../audit/audit-log';
import { DomainError } from '../common/domain-error';
import { SecretBox, SecretUnreadableError } from '../common/secret-box';
import { RANDOM_SECRET_PATTERN, randomSecret, sha256Hex } from '../common/secret-tokens';
import { AppConfig, CONFIG } from '../config/config';
import { SECRET_PREFIX_LENGTH, ShareLinkEntity } from './share-link.entity';
import { CreateShareLinkInput } from './share-link.inputs';
import { assertSharedViewParams } from './shared-view-params';
import { sharedViewScope } from './shared-view-operations';

/** What the audit trail records of a link: never its secret, its prefix or its hash. */
const AUDIT_TYPE = 'ShareLink';
const AUDITED_FIELDS = ['view', 'params', 'createdById', 'expiresAt', 'revokedAt'] as const;
const SECRET = new RegExp(`^${RANDOM_SECRET_PATTERN}$`);
/** What a sealed secret is bound to: it opens as a share link's secret and as nothing else. */
const SEAL_CONTEXT = 'share-link';

interface LinkRow {
  id: string;
  view: SharedView;
  params: string;
  prefix: string;
}

@Injectable()
export class ShareLinkService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(SecretBox) private readonly secrets: SecretBox,
  ) {}

  private get links() {
    return this.dataSource.getRepository(ShareLinkEntity);
  }

  /** A new link made by the caller; its secret is in the answer and nowhere else. */
  async create(caller: Caller, input: CreateShareLinkInput, actor: Actor): Promise<{ link: ShareLinkEntity; secret: string }> {
    if (!caller.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'only a signed-in user or a token can create share links');
    const params = input.params.trim().replace(/^\?/, '');
    assertSharedViewParams(input.view, params, this.config.fiscalYearStartMonth);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw DomainError.badInput('input.expiresAt', 'must be in the future');
    const secret = randomSecret();
    const fields = {
      view: input.view,
      params,
      prefix: secret.slice(0, SECRET_PREFIX_LENGTH),
      secretHash: sha256Hex(secret),
      secretSealed: this.secrets.encrypt(secret, SEAL_CONTEXT),
      createdById: caller.userId,
      expiresAt: input.expiresAt ?? null,
    };
    const link = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(ShareLinkEntity, manager.create(ShareLinkEntity, fields));
      await AuditLog.recordRow(manager, actor, AUDIT_TYPE, AUDITED_FIELDS, null, saved);
      return saved;
    });
    return { link, secret };
  }

  /** The links the caller made, newest first (revoked and expired ones too); an ADMIN's list has everyone's. */
  list(caller: Caller): Promise<ShareLinkEntity[]> {
    if (!caller.userId) return Promise.resolve([]);
    const whose = caller.role === Role.ADMIN ? {} : { createdById: caller.userId };
    return this.links.find({ where: whose, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** The link's secret, to show its url again; null when the server's secret key has changed since. */
  secretOf(link: Pick<ShareLinkEntity, 'secretSealed'>): string | null {
    try {
      return this.secrets.decrypt(link.secretSealed, SEAL_CONTEXT);
    } catch (error) {
      if (error instanceof SecretUnreadableError) return null;
      throw error;
    }
  }

  /** Revokes a link the caller made (an ADMIN: anyone's); it stops working on the next request. */
  async revoke(caller: Caller, id: string, actor: Actor): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const link = await manager.findOne(ShareLinkEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!link || (link.createdById !== caller.userId && caller.role !== Role.ADMIN)) throw DomainError.notFound('Share link', id, 'id');
      if (link.revokedAt) return;
      const revoked: ShareLinkEntity = { ...link, revokedAt: new Date() };
      await manager.update(ShareLinkEntity, { id }, { revokedAt: revoked.revokedAt });
      await AuditLog.recordRow(manager, actor, AUDIT_TYPE, AUDITED_FIELDS, link, revoked);
    });
    return true;
  }

  /**
   * The caller for the `X-Share-Link` secret, scoped to its view's queries with its params; null
   * when the link is unknown, revoked, expired, or its creator deactivated (checked on every request).
   */
  async authenticate(secret: string): Promise<Caller | null> {
    if (!SECRET.test(secret)) return null;
    const [row] = await this.dataSource.query<LinkRow[]>(
      `SELECT s.id, s.view, s.params, s.prefix
         FROM share_link s JOIN users u ON u.id = s.created_by_id
        WHERE s.secret_hash = $1 AND s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now()) AND u.active`,
      [sha256Hex(secret)],
    );
    if (!row) return null;
    return {
      kind: 'SHARE_LINK',
      role: Role.VIEWER,
      userId: null,
      name: `share link ${row.prefix}…`,
      shareLinkId: row.id,
      scope: sharedViewScope(row.view, row.params, this.config.fiscalYearStartMonth),
    };
  }
}
