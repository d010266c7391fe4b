import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/caller';
import { RANDOM_SECRET_PATTERN, randomSecret, sha256Hex } from '../common/secret-tokens';
import { AppConfig, CONFIG } from '../config/config';
import { UserService } from '../user/user.service';
import { SessionEntity } from './session.entity';

const COOKIE_VALUE = new RegExp(`^${RANDOM_SECRET_PATTERN}$`);

interface LiveSession {
  user_id: string;
  name: string;
  role: Role;
  user_last_seen_at: Date | null;
  last_seen_at: Date;
}

export interface NewSession {
  /** The cookie's value: shown to the browser once, stored only as its hash. */
  secret: string;
  expiresAt: Date;
}

/** The session table's one owner: sign-in starts a session, each request finds its caller here. */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  private get sessions() {
    return this.dataSource.getRepository(SessionEntity);
  }

  /** A new session for `userId`; that user's dead sessions are pruned on the way. */
  async start(userId: string): Promise<NewSession> {
    const secret = randomSecret();
    const expiresAt = new Date(Date.now() + this.config.sessionMaxDays * 86_400_000);
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where(`user_id = :userId AND (expires_at <= now() OR last_seen_at <= now() - make_interval(days => :idle))`, {
        userId,
        idle: this.config.sessionIdleDays,
      })
      .execute();
    await this.sessions.insert({ id: sha256Hex(secret), userId, expiresAt });
    return { secret, expiresAt };
  }

  /** Ends the session of this cookie value, if it is one. */
  async end(secret: string): Promise<void> {
    if (COOKIE_VALUE.test(secret)) await this.sessions.delete({ id: sha256Hex(secret) });
  }

  async endAllOf(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  /**
   * The caller of a live session: not past its absolute or idle expiry, its user active (checked
   * on every request, so deactivation cuts every session at once). Null otherwise.
   */
  async callerOf(secret: string): Promise<Caller | null> {
    if (!COOKIE_VALUE.test(secret)) return null;
    const id = sha256Hex(secret);
    const [row] = await this.dataSource.query<LiveSession[]>(
      `SELECT u.id AS user_id, u.name, u.role, u.last_seen_at AS user_last_seen_at, s.last_seen_at
         FROM session s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(days => $2) AND u.active`,
      [id, this.config.sessionIdleDays],
    );
    if (!row) return null;
    await this.touch(id, row);
    return { kind: 'USER', role: row.role, userId: row.user_id, name: row.name };
  }

  /** Keeps the session alive and the user's lastSeenAt, each written at most once a minute. */
  private async touch(id: string, row: LiveSession): Promise<void> {
    if (Date.now() - row.last_seen_at.getTime() >= 60_000)
      await this.sessions
        .createQueryBuilder()
        .update()
        .set({ lastSeenAt: () => 'now()' })
        .where(`id = :id AND last_seen_at < now() - interval '1 minute'`, { id })
        .execute();
    await this.users.touchLastSeen({ id: row.user_id, lastSeenAt: row.user_last_seen_at });
  }
}
