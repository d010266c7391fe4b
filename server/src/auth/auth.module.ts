import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenModule } from '../api-token/api-token.module';
import { ApiTokenService } from '../api-token/api-token.service';
import { SessionModule } from '../session/session.module';
import { ShareLinkModule } from '../share-link/share-link.module';
import { ShareLinkService } from '../share-link/share-link.service';
import { AuthGuard } from './auth.guard';
import { BEARER_AUTHENTICATOR } from './bearer-authenticator';
import { CallerResolver } from './caller-resolver';
import { SHARE_LINK_AUTHENTICATOR } from './share-link-authenticator';

@Module({
  imports: [SessionModule, ApiTokenModule, ShareLinkModule],
  providers: [
    CallerResolver,
    // `Authorization: Bearer tl_…` is resolved by the API tokens' service.
    { provide: BEARER_AUTHENTICATOR, useExisting: ApiTokenService },
    // `X-Share-Link: …` by the share links' service.
    { provide: SHARE_LINK_AUTHENTICATOR, useExisting: ShareLinkService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
