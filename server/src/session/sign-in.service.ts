import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@throughline/shared';
import { DomainError } from '../common/domain-error';
import { normalizeEmail, UserService } from '../user/user.service';
import { NewSession, SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';

/** One answer for every wrong email or password, so that it does not tell which accounts exist. */
const WRONG_CREDENTIALS = 'Wrong email or password';

@Injectable()
export class SignInService {
  constructor(
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** A new session for the account with these credentials, from the client at `address`. */
  async signIn(email: string, password: string, address: string): Promise<NewSession> {
    const account = normalizeEmail(email);
    await this.throttle.assertAllowed(account, address);
    const user = await this.users.withCredentials(account, password);
    if (!user) {
      await this.throttle.recordFailure(account, address);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    await this.throttle.forgive(account);
    return this.sessions.start(user.id);
  }
}
