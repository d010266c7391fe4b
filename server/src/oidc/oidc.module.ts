import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { UserModule } from '../user/user.module';
import { OidcClient } from './oidc-client';
import { OidcController } from './oidc.controller';
import { OidcSignInService } from './oidc-sign-in.service';

/** Single sign-on with an OpenID Connect provider (off until OIDC_ISSUER_URL is set). */
@Module({
  imports: [SessionModule, UserModule],
  controllers: [OidcController],
  // The secret box seals the pending sign-in's cookie.
  providers: [OidcClient, OidcSignInService],
})
export class OidcModule {}
