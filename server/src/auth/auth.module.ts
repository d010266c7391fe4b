import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenModule } from '../api-token/api-token.module';
import { ApiTokenService } from '../api-token/api-token.service';
import { SessionModule } from '../session/session.module';
import { AuthGuard } from './auth.guard';
import { BEARER_AUTHENTICATOR } from './bearer-authenticator';
import { CallerResolver } from './caller-resolver';

@Module({
  imports: [SessionModule, ApiTokenModule],
  providers: [
    CallerResolver,
    // `Authorization: Bearer tl_…` is resolved by the API tokens' service.
    { provide: BEARER_AUTHENTICATOR, useExisting: ApiTokenService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
