import type { Request } from 'express';
import { ShareLinkEntity } from './share-link.entity';

/**
 * Where the web app opens a shared view: /shared/<view>?<params>#<secret>. The secret rides in the
 * fragment, which browsers never send to a server (no access log, proxy or Referer sees it); the
 * page hands it to the API in the X-Share-Link header.
 */
export function shareLinkUrl(origin: string, link: Pick<ShareLinkEntity, 'view' | 'params'>, secret: string): string {
  return `${origin}/shared/${link.view.toLowerCase()}?${link.params}#${secret}`;
}

/** The origin the caller reached this server at (its scheme and host behind TRUST_PROXY proxies). */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
