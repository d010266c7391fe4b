import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { AuthController } from './auth.controller';
import { FirstRunController } from './first-run.controller';
import { SetPasswordController } from './set-password.controller';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  imports: [UserModule],
  controllers: [AuthController, FirstRunController, SetPasswordController],
  providers: [SessionService, SignInService, SignInThrottle],
  // The auth guard finds each request's caller through the session service.
  exports: [SessionService],
})
export class SessionModule {}
