import { Injectable } from '@nestjs/common';
import { ErrorCode, LIMITS } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { SignInFailureEntity } from './sign-in-failure.entity';

/** Failures counted within this window (the contract's Access section). */
const WINDOW_MINUTES = 15;
const LIMIT = { email: 5, address: 20 } as const;

/**
 * Throttles password guessing: after 5 failures for one account or 20 from one address within
 * 15 minutes, sign-in answers RATE_LIMITED until the oldest of those failures leaves the window.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** RATE_LIMITED with `retryAfterSeconds` when this account or this address has failed too often. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const wait = Math.max(await this.secondsUntilAllowed('email', email), await this.secondsUntilAllowed('address', address));
    if (wait > 0)
      throw new DomainError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins: try again in ${wait} seconds`, { retryAfterSeconds: wait });
  }

  /** The limit-th latest failure in the window: once it leaves the window, the count is under the limit. */
  private async secondsUntilAllowed(key: keyof typeof LIMIT, value: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ seconds: number }>>(
      `SELECT ceil(extract(epoch FROM at + make_interval(mins => $3) - now()))::int AS seconds
         FROM sign_in_failure WHERE ${key} = $1 AND at > now() - make_interval(mins => $3)
        ORDER BY at DESC OFFSET $2 LIMIT 1`,
      [value, LIMIT[key] - 1, WINDOW_MINUTES],
    );
    return row ? Math.max(1, row.seconds) : 0;
  }

  /** Counts a failure, and drops those that have left the window (the table stays small). */
  async recordFailure(email: string, address: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(SignInFailureEntity, { email: email.slice(0, LIMITS.email), address: address.slice(0, 64) });
      await manager.query(`DELETE FROM sign_in_failure WHERE at <= now() - make_interval(mins => $1)`, [WINDOW_MINUTES]);
    });
  }

  /** A successful sign-in forgives the account's failures (not the address's). */
  async forgive(email: string): Promise<void> {
    await this.dataSource.getRepository(SignInFailureEntity).delete({ email });
  }
}
