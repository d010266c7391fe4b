import { Caller } from './caller';

/**
 * What resolves `Authorization: Bearer tl_…` to a caller: the API tokens' service. The auth
 * module provides it under this token (`useExisting: ApiTokenService`); while nothing does, a
 * Bearer header authenticates nobody.
 */
export interface BearerAuthenticator {
  authenticate(raw: string): Promise<Caller | null>;
}

export const BEARER_AUTHENTICATOR = Symbol('BearerAuthenticator');
