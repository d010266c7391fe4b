import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { RANDOM_SECRET_PATTERN, randomSecret, sha256Hex } from '../common/secret-tokens';
import { assertPasswordLength, hashPassword } from './password';
import { SetPasswordLinkEntity } from './set-password-link.entity';
import { UserEntity } from './user.entity';

/** How long a new account's set-password link works (the contract: 72 hours). */
export const SET_PASSWORD_LINK_HOURS = 72;

const SECRET = new RegExp(`^${RANDOM_SECRET_PATTERN}$`);

/** The web app's page that takes the link's secret and asks for a password. */
export function setPasswordUrl(secret: string): string {
  return `/set-password?token=${secret}`;
}

/** One-time links that let a new account choose its password; only their hashes are stored. */
@Injectable()
export class SetPasswordLinkService {
  constructor(private readonly dataSource: DataSource) {}

  /** A new link for `userId`, in the caller's transaction; the secret is returned once. */
  async issue(manager: EntityManager, userId: string): Promise<string> {
    const secret = randomSecret();
    const expiresAt = new Date(Date.now() + SET_PASSWORD_LINK_HOURS * 3_600_000);
    await manager.insert(SetPasswordLinkEntity, { userId, tokenHash: sha256Hex(secret), expiresAt });
    return secret;
  }

  /**
   * Sets the password of the link's account and spends the link; returns the account's id. The
   * link is spent in the same UPDATE that checks it, so of two uses at once only one succeeds.
   * A too-short password is refused before the link is spent.
   */
  async use(secret: string, password: string): Promise<string> {
    assertPasswordLength(password, 'password');
    if (!SECRET.test(secret)) throw invalidLink();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[Array<{ user_id: string }>, number]>(
        `UPDATE set_password_link l SET used_at = now()
           FROM users u
          WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now() AND u.id = l.user_id AND u.active
         RETURNING l.user_id`,
        [sha256Hex(secret)],
      );
      if (!rows.length) throw invalidLink();
      const userId = rows[0].user_id;
      await manager.update(UserEntity, { id: userId }, { passwordHash, version: () => 'version + 1' });
      return userId;
    });
  }
}

function invalidLink(): DomainError {
  return DomainError.badInput(
    'token',
    'this link does not work: it was used already, has expired, or was never issued; ask an admin for a new one',
  );
}
