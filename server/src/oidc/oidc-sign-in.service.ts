import { Inject, Injectable, Logger } from '@nestjs/common';
import { LIMITS, Role, roleAtLeast, SsoError } from '@throughline/shared';
import { AppConfig, CONFIG } from '../config/config';
import { OidcSettings } from '../config/oidc-settings';
import { NewSession, SessionService } from '../session/session.service';
import { SsoAccountService, SsoIdentity } from '../user/sso-account.service';
import { Claims, OidcClient } from './oidc-client';
import { PendingSignIn } from './pending-sign-in';

/** A finished sign-in: a new session, or why there is none. */
export type SignInOutcome = { session: NewSession } | { error: SsoError };

/** The highest role among the claim's values (text or a list of texts, any case); null when none is a role. */
export function roleOfClaim(value: unknown): Role | null {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const roles = values.map((v) => v.trim().toUpperCase()).filter((v): v is Role => (Object.values(Role) as string[]).includes(v));
  return roles.reduce<Role | null>((best, role) => (!best || roleAtLeast(role, best) ? role : best), null);
}

function emailDomainAllowed(email: string, allowed: OidcSettings['allowedEmailDomains']): boolean {
  return allowed === '*' || allowed.includes(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
}

/** Who the claims say signed in, or why they may not. */
export function identityOf(claims: Claims, settings: OidcSettings): SsoIdentity | SsoError {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (!email.includes('@') || claims.email_verified !== true) return SsoError.UNVERIFIED_EMAIL;
  if (!emailDomainAllowed(email, settings.allowedEmailDomains)) return SsoError.DOMAIN_NOT_ALLOWED;
  const name = (typeof claims.name === 'string' && claims.name.trim()) || email.slice(0, email.lastIndexOf('@'));
  // With a role claim configured, the provider decides the role at every sign-in.
  const role = settings.roleClaim ? (roleOfClaim(claims[settings.roleClaim]) ?? settings.defaultRole) : null;
  return { email, name: name.slice(0, LIMITS.name), role };
}

/** Sign-in through the OpenID provider: where to send the browser, and what to make of its return. */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly client: OidcClient,
    private readonly accounts: SsoAccountService,
    private readonly sessions: SessionService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** The provider's sign-in page for a new attempt, or UNAVAILABLE when it cannot be reached. */
  async begin(next: string): Promise<{ url: string; pending: PendingSignIn } | { error: SsoError }> {
    try {
      const { url, checks } = await this.client.begin();
      return { url, pending: { ...checks, next } };
    } catch (error) {
      this.logger.warn(`The OpenID provider cannot be reached: ${messageOf(error)}`);
      return { error: SsoError.UNAVAILABLE };
    }
  }

  /** The browser is back with `query` (the callback's search string): a session for its account, or why not. */
  async complete(query: URLSearchParams, pending: PendingSignIn | null, requestId: string): Promise<SignInOutcome> {
    const settings = this.config.oidc!;
    if (!pending || query.get('state') !== pending.state) return { error: SsoError.EXPIRED };
    if (query.has('error')) return { error: SsoError.PROVIDER_REFUSED };
    let claims: Claims;
    try {
      claims = await this.client.complete(query.toString(), pending);
    } catch (error) {
      // The library's message names the check that failed (nonce, PKCE, signature), never a token.
      this.logger.warn(`OpenID sign-in refused (request ${requestId}): ${messageOf(error)}`);
      return { error: SsoError.FAILED };
    }
    const identity = identityOf(claims, settings);
    if (typeof identity === 'string') return { error: identity };
    try {
      const account = await this.accounts.accountFor(identity, settings.defaultRole, requestId);
      if ('refused' in account) return { error: SsoError.DEACTIVATED };
      return { session: await this.sessions.start(account.user.id) };
    } catch (error) {
      this.logger.warn(`OpenID sign-in of ${identity.email} refused (request ${requestId}): ${messageOf(error)}`);
      return { error: SsoError.FAILED };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
