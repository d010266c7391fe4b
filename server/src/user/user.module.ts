import { Module } from '@nestjs/common';
import { FirstRunService } from './first-run.service';
import { SetPasswordLinkService } from './set-password-link.service';
import { SsoAccountService } from './sso-account.service';
import { UserAdminResolver } from './user-admin.resolver';
import { UserAdminService } from './user-admin.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  providers: [UserResolver, UserService, FirstRunService, UserAdminResolver, UserAdminService, SetPasswordLinkService, SsoAccountService],
  // The service is the only way into the users table for other features (sessions, tokens, first run, single sign-on).
  exports: [UserService, FirstRunService, SetPasswordLinkService, SsoAccountService],
})
export class UserModule {}
