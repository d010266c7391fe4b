import { Inject, Injectable } from '@nestjs/common';
import * as openid from 'openid-client';
import { AppConfig, CONFIG } from '../config/config';
import { OidcSettings } from '../config/oidc-settings';

/** The secrets of one sign-in between leaving for the provider and coming back. */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Claims of the signed-in person: the ID token's, with the UserInfo endpoint's over them. */
export type Claims = Record<string, unknown>;

const SCOPE = 'openid email profile';
const TIMEOUT_SECONDS = 10;

/** The provider as openid-client talks to it: discovered once (again after a failure), then reused. */
@Injectable()
export class OidcClient {
  private discovered: Promise<openid.Configuration> | undefined;

  constructor(@Inject(CONFIG) private readonly config: AppConfig) {}

  private get settings(): OidcSettings {
    if (!this.config.oidc) throw new Error('OpenID Connect is not configured');
    return this.config.oidc;
  }

  private configuration(): Promise<openid.Configuration> {
    if (!this.discovered) {
      const { issuerUrl, clientId, clientSecret } = this.settings;
      // Plain http is accepted by the config module only for a provider on loopback.
      const execute = issuerUrl.startsWith('http:') ? [openid.allowInsecureRequests] : [];
      this.discovered = openid.discovery(new URL(issuerUrl), clientId, clientSecret, undefined, { execute, timeout: TIMEOUT_SECONDS });
      this.discovered.catch(() => (this.discovered = undefined));
    }
    return this.discovered;
  }

  /** Where to send the browser, and the checks to keep until it comes back. Throws when the provider is unreachable. */
  async begin(): Promise<{ url: string; checks: SignInChecks }> {
    const configuration = await this.configuration();
    const checks = { state: openid.randomState(), nonce: openid.randomNonce(), codeVerifier: openid.randomPKCECodeVerifier() };
    const url = openid.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: SCOPE,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await openid.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, checks };
  }

  /**
   * Redeems the code of the callback (its query in `search`): state, PKCE verifier, issuer, the ID
   * token's signature, audience and nonce are all checked by openid-client; any mismatch throws.
   */
  async complete(search: string, checks: SignInChecks): Promise<Claims> {
    const configuration = await this.configuration();
    const callback = new URL(this.settings.redirectUrl);
    callback.search = search;
    const tokens = await openid.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    // Many providers put email and custom claims only in UserInfo; its subject must be the ID token's.
    if (!configuration.serverMetadata().userinfo_endpoint) return { ...idToken };
    const userInfo = await openid.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    return { ...idToken, ...userInfo };
  }
}
