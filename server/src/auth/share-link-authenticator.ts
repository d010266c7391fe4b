import { Caller } from './caller';

/**
 * What resolves the `X-Share-Link` header to a caller: the share links' service (provided by the
 * auth module as `useExisting: ShareLinkService`). The caller it returns carries a `scope`.
 */
export interface ShareLinkAuthenticator {
  authenticate(secret: string): Promise<Caller | null>;
}

export const SHARE_LINK_AUTHENTICATOR = Symbol('ShareLinkAuthenticator');

/** The header the web app's shared view sends the link's secret in. */
export const SHARE_LINK_HEADER = 'x-share-link';
